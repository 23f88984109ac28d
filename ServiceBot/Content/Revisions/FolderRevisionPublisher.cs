using Microsoft.Extensions.Logging;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>
/// A watched folder with the database as the source: a valid edit of the folder is saved and published as a new
/// revision (and so reaches every instance); an invalid one is logged with file:line and nothing changes.
/// </summary>
public sealed class FolderRevisionPublisher(
    string folder, ContentStartup startup, ContentRevisionFollower follower, ILogger<FolderRevisionPublisher> logger) : IWatchedContentFolder
{
    public string Folder { get; } = folder;

    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await startup.PublishFolderIfEditedAsync(new FolderContentSource(Folder), cancellationToken) is not null)
            {
                await follower.RefreshAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ContentRevisionLog.FolderPublishFailed(logger, Folder, ex);
        }
    }
}
