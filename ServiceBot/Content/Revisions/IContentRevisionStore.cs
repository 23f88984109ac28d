using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>
/// The content revisions in the database, shared by every instance. Revisions are never changed or deleted;
/// publishing moves the one live pointer, and only from the revision's parent.
/// </summary>
public interface IContentRevisionStore
{
    /// <summary>Saves a revision (a draft until published) with the text of every file.</summary>
    /// <exception cref="ArgumentException">A file is not UTF-8 text.</exception>
    Task<ContentRevision> SaveAsync(NewContentRevision revision, CancellationToken cancellationToken = default);

    Task<ContentRevision?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The files of a revision, byte for byte as saved; null when there is no such revision.</summary>
    Task<ContentFileSet?> GetFilesAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The id of the published revision, or null before the first publish (cheap: instances poll it).</summary>
    Task<long?> GetLiveIdAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="id"/> the live revision if its parent is the live one (or nothing is live and it has no
    /// parent), and stamps it published.
    /// </summary>
    /// <exception cref="ContentRevisionConflictException">Another revision was published since the draft was started, or it was published already.</exception>
    /// <exception cref="KeyNotFoundException">There is no such revision.</exception>
    Task<ContentRevision> PublishAsync(long id, string publishedBy, CancellationToken cancellationToken = default);

    /// <summary>The newest revisions first.</summary>
    Task<IReadOnlyList<ContentRevision>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The newest revision of one of these origins, or null.</summary>
    Task<ContentRevision?> GetLatestAsync(IReadOnlyCollection<ContentOrigin> origins, CancellationToken cancellationToken = default);
}
