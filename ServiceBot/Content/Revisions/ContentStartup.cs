using Microsoft.Extensions.Logging;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>
/// Brings the database's content up at start and builds the store that serves the published revision:
/// an empty database is seeded from the folder (the factory default); a watched folder edited while the bot was
/// down is published; a live revision this build no longer accepts is replaced by the folder. Invalid content with
/// nothing to fall back on stops the start with the file:line list.
/// </summary>
public sealed class ContentStartup(
    IContentRevisionStore revisions,
    LiveRevisionSource live,
    ContentLoader loader,
    ILogger<ContentStore> storeLogger,
    ILogger<ContentStartup> logger)
{
    public const string SystemAuthor = "ServiceBot";

    public static readonly IReadOnlyCollection<ContentOrigin> FolderOrigins = [ContentOrigin.Seed, ContentOrigin.Folder];

    public async Task<ContentStore> CreateStoreAsync(string folder, bool watched, CancellationToken cancellationToken = default)
    {
        var folderSource = new FolderContentSource(folder);

        // The folder is read and checked on another thread while the database opens (a new one is migrated first):
        // an empty database is seeded from it, and a live revision with the same files is served from its snapshot.
        var checkingFolder = Directory.Exists(folder) ? Task.Run(() => CheckFolderAsync(folderSource, cancellationToken), cancellationToken) : null;
        if (await revisions.GetLiveIdAsync(cancellationToken) is null)
        {
            var (seed, snapshot) = await LoadFolderOrThrowAsync(folderSource, checkingFolder, cancellationToken);
            var revision = await SaveAndPublishAsync(seed, null, ContentOrigin.Seed, $"Factory content from {Path.GetFileName(folder)}/", cancellationToken);
            if (revision is not null)
            {
                ContentRevisionLog.Seeded(logger, folder, revision.Id);
                await live.ReadAsync(cancellationToken);
                return ContentStore.Created(live, snapshot, loader, storeLogger);
            }
        }
        else if (watched && Directory.Exists(folder))
        {
            await PublishFolderIfEditedAsync(folderSource, cancellationToken);
        }

        var files = await live.ReadAsync(cancellationToken);
        var result = await LoadLiveAsync(files, checkingFolder, cancellationToken);
        if (result.Snapshot is { } liveSnapshot)
        {
            return ContentStore.Created(live, liveSnapshot, loader, storeLogger);
        }

        // The live revision was valid when published, so this build's checks have changed: the folder shipped with it wins.
        var (replacement, folderSnapshot) = await LoadFolderOrThrowAsync(folderSource, checkingFolder, cancellationToken);
        var replaced = live.LastRead;
        var published = await SaveAndPublishAsync(replacement, replaced, ContentOrigin.Seed,
            $"Factory content from {Path.GetFileName(folder)}/: revision {replaced} does not pass this version's checks", cancellationToken);
        ContentRevisionLog.LiveReplaced(logger, replaced, result.Errors.Count, folder, published?.Id ?? 0);
        await live.ReadAsync(cancellationToken);
        return ContentStore.Created(live, folderSnapshot, loader, storeLogger);
    }

    /// <summary>Publishes the folder when it differs from the last revision that came from it; invalid edits are logged.</summary>
    internal async Task<ContentRevision?> PublishFolderIfEditedAsync(FolderContentSource folder, CancellationToken cancellationToken)
    {
        var files = await folder.ReadAsync(cancellationToken);
        var fromFolder = await revisions.GetLatestAsync(FolderOrigins, cancellationToken);
        if (fromFolder?.Hash == files.Hash)
        {
            return null;
        }

        var liveId = await revisions.GetLiveIdAsync(cancellationToken);
        if (liveId is { } id && (await revisions.GetAsync(id, cancellationToken))?.Hash == files.Hash)
        {
            return null;
        }

        var result = await loader.ValidateAsync(files, cancellationToken);
        if (result.Errors.Count > 0)
        {
            ContentRevisionLog.FolderRejected(logger, folder.Folder, result.Errors.Count);
            foreach (var error in result.Errors)
            {
                ContentLog.Error(logger, error.Line > 0 ? $"{error.File}:{error.Line}:{error.Column}" : error.File, error.Message);
            }

            return null;
        }

        var published = await SaveAndPublishAsync(files, liveId, ContentOrigin.Folder, $"Edited in {Path.GetFileName(folder.Folder)}/", cancellationToken);
        if (published is not null)
        {
            ContentRevisionLog.FolderPublished(logger, folder.Folder, published.Id);
        }

        return published;
    }

    private async Task<(ContentFileSet Files, ContentLoadResult Checked)> CheckFolderAsync(FolderContentSource folder, CancellationToken cancellationToken)
    {
        var files = await folder.ReadAsync(cancellationToken);
        return (files, await loader.ValidateAsync(files, cancellationToken));
    }

    /// <summary>The live revision's files loaded, from the folder's snapshot when they are the folder's files.</summary>
    private async Task<ContentLoadResult> LoadLiveAsync(
        ContentFileSet files, Task<(ContentFileSet Files, ContentLoadResult Checked)>? checkingFolder, CancellationToken cancellationToken)
    {
        if (checkingFolder is not null)
        {
            try
            {
                if (await checkingFolder is ({ } folderFiles, { Snapshot: { } snapshot }) && folderFiles.Hash == files.Hash)
                {
                    return loader.Prepare(snapshot);
                }
            }
            catch (ContentLoadException)
            {
                // An unreadable folder does not matter here: the live revision is loaded on its own.
            }
        }

        return await loader.LoadAsync(files, cancellationToken);
    }

    private async Task<(ContentFileSet Files, ContentSnapshot Snapshot)> LoadFolderOrThrowAsync(
        FolderContentSource folder, Task<(ContentFileSet Files, ContentLoadResult Checked)>? checkingFolder, CancellationToken cancellationToken)
    {
        var (files, checkedFolder) = await (checkingFolder ?? CheckFolderAsync(folder, cancellationToken));
        var result = checkedFolder.Snapshot is { } valid ? loader.Prepare(valid) : checkedFolder;
        if (result.Snapshot is not { } snapshot)
        {
            ContentLog.InvalidAtStartup(logger, folder.Folder, result.Errors.Count);
            throw new ContentLoadException(folder.Folder, result.Errors);
        }

        return (files, snapshot);
    }

    /// <summary>Saves and publishes; null when another instance published first (it seeded the same database).</summary>
    private async Task<ContentRevision?> SaveAndPublishAsync(
        ContentFileSet files, long? parent, ContentOrigin origin, string summary, CancellationToken cancellationToken)
    {
        var saved = await revisions.SaveAsync(new NewContentRevision(files, parent, SystemAuthor, summary, origin), cancellationToken);
        try
        {
            return await revisions.PublishAsync(saved.Id, SystemAuthor, cancellationToken);
        }
        catch (ContentRevisionConflictException)
        {
            return null;
        }
    }
}
