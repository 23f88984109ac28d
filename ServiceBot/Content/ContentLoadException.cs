namespace ServiceBot.Content;

/// <summary>The content could not be loaded at startup; the message lists every error as file:line:column.</summary>
public sealed class ContentLoadException : Exception
{
    public ContentLoadException(string folder, IReadOnlyList<ContentError> errors)
        : base($"The dialog content in {folder} is invalid ({errors.Count} error(s)):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(error => "  " + error.Format(folder))))
    {
        Folder = folder;
        Errors = errors;
    }

    public ContentLoadException()
    {
        Folder = string.Empty;
        Errors = [];
    }

    public ContentLoadException(string message)
        : base(message)
    {
        Folder = string.Empty;
        Errors = [];
    }

    public ContentLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Folder = string.Empty;
        Errors = [];
    }

    public string Folder { get; }

    public IReadOnlyList<ContentError> Errors { get; }
}
