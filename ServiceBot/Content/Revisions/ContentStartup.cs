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

        // The folder is read and checked on other threads while the database opens (a new one is migrated first):
        // an empty database is seeded from it, and a live revision with the same files is served from its snapshot.
        var readingFolder = Directory.Exists(folder) ? Task.Run(() => folderSource.ReadAsync(cancellationToken), cancellationToken) : null;
        var checkingFolder = readingFolder is null ? null : Task.Run(() => CheckAsync(readingFolder, cancellationToken), cancellationToken);
        if (await revisions.GetLiveIdAsync(cancellationToken) is null)
        {
            if (await SeedAsync(folderSource, checkingFolder, cancellationToken) is { } seeded)
            {
                return seeded;
            }
        }
        else if (readingFolder is not null && watched)
        {
            await PublishFolderIfEditedAsync(folderSource, await readingFolder, cancellationToken);
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

    /// <summary>
    /// An empty database gets the folder as revision 1. The draft is saved while the folder's snapshot is prepared
    /// (the database and a core work at once) and published once both are done, so a snapshot that cannot be
    /// prepared is never published, and the port opens only after the revision its turns record exists. Null when
    /// another instance published first: the live revision is served instead.
    /// </summary>
    private async Task<ContentStore?> SeedAsync(
        FolderContentSource folder, Task<(ContentFileSet Files, ContentLoadResult Checked)>? checkingFolder, CancellationToken cancellationToken)
    {
        var (files, valid) = await CheckedFolderOrThrowAsync(folder, checkingFolder, cancellationToken);
        var preparing = Task.Run(() => PreparedOrThrow(folder, valid), cancellationToken);
        var draft = await revisions.SaveAsync(
            new NewContentRevision(files, null, SystemAuthor, $"Factory content from {Path.GetFileName(folder.Folder)}/", ContentOrigin.Seed), cancellationToken);
        var snapshot = await preparing;
        if (await PublishAsync(draft, cancellationToken) is not { } revision)
        {
            return null;
        }

        ContentRevisionLog.Seeded(logger, folder.Folder, revision.Id);
        live.Published(revision.Id);
        return ContentStore.Created(live, snapshot, loader, storeLogger);
    }

    /// <summary>Publishes the folder when it differs from the last revision that came from it; invalid edits are logged.</summary>
    internal async Task<ContentRevision?> PublishFolderIfEditedAsync(FolderContentSource folder, CancellationToken cancellationToken) =>
        await PublishFolderIfEditedAsync(folder, await folder.ReadAsync(cancellationToken), cancellationToken);

    private async Task<ContentRevision?> PublishFolderIfEditedAsync(FolderContentSource folder, ContentFileSet files, CancellationToken cancellationToken)
    {
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

    private Task<(ContentFileSet Files, ContentLoadResult Checked)> CheckFolderAsync(FolderContentSource folder, CancellationToken cancellationToken) =>
        CheckAsync(folder.ReadAsync(cancellationToken), cancellationToken);

    private async Task<(ContentFileSet Files, ContentLoadResult Checked)> CheckAsync(Task<ContentFileSet> reading, CancellationToken cancellationToken)
    {
        var files = await reading;
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
        var (files, valid) = await CheckedFolderOrThrowAsync(folder, checkingFolder, cancellationToken);
        return (files, PreparedOrThrow(folder, valid));
    }

    /// <summary>The folder's files and their checked (not yet prepared) snapshot; invalid content stops the start.</summary>
    private async Task<(ContentFileSet Files, ContentSnapshot Snapshot)> CheckedFolderOrThrowAsync(
        FolderContentSource folder, Task<(ContentFileSet Files, ContentLoadResult Checked)>? checkingFolder, CancellationToken cancellationToken)
    {
        var (files, checkedFolder) = await (checkingFolder ?? CheckFolderAsync(folder, cancellationToken));
        return (files, checkedFolder.Snapshot ?? throw Invalid(folder, checkedFolder));
    }

    private ContentSnapshot PreparedOrThrow(FolderContentSource folder, ContentSnapshot valid)
    {
        var prepared = loader.Prepare(valid);
        return prepared.Snapshot ?? throw Invalid(folder, prepared);
    }

    private ContentLoadException Invalid(FolderContentSource folder, ContentLoadResult result)
    {
        ContentLog.InvalidAtStartup(logger, folder.Folder, result.Errors.Count);
        return new ContentLoadException(folder.Folder, result.Errors);
    }

    /// <summary>Saves and publishes; null when another instance published first (it seeded the same database).</summary>
    private async Task<ContentRevision?> SaveAndPublishAsync(
        ContentFileSet files, long? parent, ContentOrigin origin, string summary, CancellationToken cancellationToken)
    {
        var saved = await revisions.SaveAsync(new NewContentRevision(files, parent, SystemAuthor, summary, origin), cancellationToken);
        return await PublishAsync(saved, cancellationToken);
    }

    private async Task<ContentRevision?> PublishAsync(ContentRevision draft, CancellationToken cancellationToken)
    {
        try
        {
            return await revisions.PublishAsync(draft.Id, SystemAuthor, cancellationToken);
        }
        catch (ContentRevisionConflictException)
        {
            return null;
        }
    }
}
