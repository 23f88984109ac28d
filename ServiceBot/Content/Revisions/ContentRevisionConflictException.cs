namespace ServiceBot.Content.Revisions;

/// <summary>
/// A draft cannot be published because what is live is no longer its parent: someone published another revision
/// since the draft was started. The draft stays saved; start again from the live revision (or merge by hand).
/// </summary>
public sealed class ContentRevisionConflictException : Exception
{
    public ContentRevisionConflictException(long revision, long? parent, long? live)
        : base(Describe(revision, parent, live))
    {
        Revision = revision;
        Parent = parent;
        Live = live;
    }

    public ContentRevisionConflictException()
    {
    }

    public ContentRevisionConflictException(string message)
        : base(message)
    {
    }

    public ContentRevisionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Revision { get; }

    public long? Parent { get; }

    public long? Live { get; }

    private static string Describe(long revision, long? parent, long? live) =>
        parent == live
            ? $"Revision {revision} is already published; to publish it again, roll back to it (a new revision is made)."
            : $"Revision {revision} was started from revision {parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, "
              + $"but revision {live?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} has been published since: "
              + "someone else published first. Open the live content, make your change again, and publish that.";
}
