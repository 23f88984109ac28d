using Microsoft.Extensions.Logging;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content;

/// <summary>
/// Holds the live content. <see cref="Current"/> is swapped atomically, and only for a snapshot that passed every
/// check: a rejected edit is logged with file:line and the previous snapshot stays live.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly ContentLoader loader;
    private readonly ILogger<ContentStore> logger;
    private readonly SemaphoreSlim reloading = new(1, 1);
    private ContentSnapshot current;
    private IReadOnlyList<ContentError> lastErrors = [];

    public ContentStore(IContentSource source, ContentSnapshot initial, ContentLoader loader, ILogger<ContentStore> logger)
    {
        Source = source;
        current = initial;
        this.loader = loader;
        this.logger = logger;
    }

    /// <summary>Raised after every reload attempt, valid or not (off the request path).</summary>
    public event EventHandler<ContentLoadResult>? ReloadCompleted;

    /// <summary>Where reloads read the content: a folder, or the published revision in the database.</summary>
    public IContentSource Source { get; }

    public ContentSnapshot Current => Volatile.Read(ref current);

    /// <summary>The errors of the last rejected edit; empty once a valid edit is live.</summary>
    public IReadOnlyList<ContentError> LastErrors => Volatile.Read(ref lastErrors);

    /// <summary>Loads a folder for the first time and reloads from it; invalid content throws with every error listed.</summary>
    public static Task<ContentStore> CreateAsync(
        string folder, ContentLoader loader, ILogger<ContentStore> logger, CancellationToken cancellationToken = default) =>
        CreateAsync(new FolderContentSource(folder), loader, logger, cancellationToken);

    /// <summary>Loads the source for the first time; invalid content throws with every error listed.</summary>
    public static async Task<ContentStore> CreateAsync(
        IContentSource source, ContentLoader loader, ILogger<ContentStore> logger, CancellationToken cancellationToken = default)
    {
        var result = await LoadAsync(source, loader, cancellationToken);
        if (result.Snapshot is not { } snapshot)
        {
            ContentLog.InvalidAtStartup(logger, source.Description, result.Errors.Count);
            LogErrors(logger, result.Errors);
            throw new ContentLoadException(source.Description, result.Errors);
        }

        return Created(source, snapshot, loader, logger);
    }

    /// <summary>A store whose first snapshot was loaded by the caller.</summary>
    public static ContentStore Created(IContentSource source, ContentSnapshot snapshot, ContentLoader loader, ILogger<ContentStore> logger)
    {
        ContentLog.Loaded(logger, source.Description, snapshot.Version.Hash, snapshot.Phrases.All.Count, snapshot.Playbooks.Count);
        return new ContentStore(source, snapshot, loader, logger);
    }

    private static async Task<ContentLoadResult> LoadAsync(IContentSource source, ContentLoader loader, CancellationToken cancellationToken)
    {
        try
        {
            return await loader.LoadAsync(await source.ReadAsync(cancellationToken), cancellationToken);
        }
        catch (ContentLoadException ex)
        {
            return new ContentLoadResult(null, ex.Errors);
        }
    }

    /// <summary>Reloads from the source; reloads never overlap, and a failure of any kind keeps the current snapshot.</summary>
    public async Task<ContentLoadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await reloading.WaitAsync(cancellationToken);
        ContentLoadResult result;
        try
        {
            result = await LoadSafelyAsync(cancellationToken);
            Apply(result);
        }
        finally
        {
            reloading.Release();
        }

        ReloadCompleted?.Invoke(this, result);
        return result;
    }

    public void Dispose() => reloading.Dispose();

    private async Task<ContentLoadResult> LoadSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await LoadAsync(Source, loader, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ContentLog.ReloadFailed(logger, ex);
            return new ContentLoadResult(null, [new ContentError(ContentError.FolderLevel, 0, 0, ex.Message)]);
        }
    }

    private void Apply(ContentLoadResult result)
    {
        var previous = Current;
        if (result.Snapshot is not { } next)
        {
            Volatile.Write(ref lastErrors, result.Errors);
            ContentLog.Rejected(logger, result.Errors.Count, previous.Version.Hash);
            LogErrors(logger, result.Errors);
            return;
        }

        Volatile.Write(ref lastErrors, []);
        if (next.Version.Hash == previous.Version.Hash)
        {
            ContentLog.Unchanged(logger, next.Version.Hash);
            return;
        }

        Interlocked.Exchange(ref current, next);
        ContentLog.Reloaded(logger, next.Version.Hash, previous.Version.Hash);
    }

    private static void LogErrors(ILogger logger, IEnumerable<ContentError> errors)
    {
        foreach (var error in errors)
        {
            ContentLog.Error(logger, error.Line > 0 ? $"{error.File}:{error.Line}:{error.Column}" : error.File, error.Message);
        }
    }
}
