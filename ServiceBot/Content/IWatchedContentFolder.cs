namespace ServiceBot.Content;

/// <summary>A content folder whose edits someone acts on: reloads it, or saves and publishes it as a revision.</summary>
public interface IWatchedContentFolder
{
    string Folder { get; }

    /// <summary>The folder has changed and has been quiet for the debounce time.</summary>
    Task ChangedAsync(CancellationToken cancellationToken);
}
