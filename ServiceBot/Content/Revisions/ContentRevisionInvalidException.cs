namespace ServiceBot.Content.Revisions;

/// <summary>A revision with errors cannot be published; it stays saved as a draft.</summary>
public sealed class ContentRevisionInvalidException : Exception
{
    public ContentRevisionInvalidException(long revision, IReadOnlyList<ContentError> errors)
        : base($"Revision {revision} has {errors.Count} error(s) and cannot be published:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(error => "  " + error.Format())))
    {
        Revision = revision;
        Errors = errors;
    }

    public ContentRevisionInvalidException()
    {
        Errors = [];
    }

    public ContentRevisionInvalidException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ContentRevisionInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public long Revision { get; }

    public IReadOnlyList<ContentError> Errors { get; }
}
