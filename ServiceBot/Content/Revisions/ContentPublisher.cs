using ServiceBot.Content.Loading;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>
/// Saves and publishes content revisions with the same checks as <c>content validate</c>: a draft may have errors
/// (it is saved, and its errors are returned), a revision with errors is never published, and a rollback publishes a
/// copy of an older revision as a new one. After a publish this instance applies it at once; others follow within
/// the poll interval.
/// </summary>
public sealed class ContentPublisher(IContentRevisionStore revisions, ContentLoader loader, ContentRevisionFollower follower)
{
    public async Task<(ContentRevision Revision, IReadOnlyList<ContentError> Errors)> SaveDraftAsync(
        NewContentRevision draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var result = await loader.ValidateAsync(draft.Files, cancellationToken);
        var saved = await revisions.SaveAsync(draft, cancellationToken);
        return (saved, result.Errors);
    }

    /// <exception cref="ContentRevisionInvalidException">The revision has errors; it stays a draft.</exception>
    /// <exception cref="ContentRevisionConflictException">Another revision went live since the draft's parent.</exception>
    /// <exception cref="KeyNotFoundException">There is no such revision.</exception>
    public async Task<ContentRevision> PublishAsync(long id, string publishedBy, CancellationToken cancellationToken = default)
    {
        var files = await revisions.GetFilesAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no content revision {id}.");
        var result = await loader.ValidateAsync(files, cancellationToken);
        if (result.Errors.Count > 0)
        {
            throw new ContentRevisionInvalidException(id, result.Errors);
        }

        var published = await revisions.PublishAsync(id, publishedBy, cancellationToken);
        await follower.RefreshAsync(cancellationToken);
        return published;
    }

    /// <summary>Saves a draft and publishes it when it has no errors.</summary>
    public async Task<ContentRevision> SaveAndPublishAsync(NewContentRevision draft, CancellationToken cancellationToken = default)
    {
        var (saved, errors) = await SaveDraftAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ContentRevisionInvalidException(saved.Id, errors);
        }

        return await PublishAsync(saved.Id, draft.Author, cancellationToken);
    }

    /// <summary>Publishes the files of <paramref name="id"/> again, as a new revision whose parent is the live one.</summary>
    public async Task<ContentRevision> RollbackAsync(long id, string author, CancellationToken cancellationToken = default)
    {
        var files = await revisions.GetFilesAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no content revision {id}.");
        var live = await revisions.GetLiveIdAsync(cancellationToken);
        return await SaveAndPublishAsync(
            new NewContentRevision(files, live, author, $"Rollback to revision {id}", ContentOrigin.Rollback), cancellationToken);
    }

    /// <summary>The live revision's id and files, to start a draft from.</summary>
    public async Task<(long Id, ContentFileSet Files)?> GetLiveAsync(CancellationToken cancellationToken = default)
    {
        if (await revisions.GetLiveIdAsync(cancellationToken) is not { } live || await revisions.GetFilesAsync(live, cancellationToken) is not { } files)
        {
            return null;
        }

        return (live, files);
    }
}
