using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;

namespace ServiceBot.Web.Studio;

/// <summary>
/// Builds a draft's whole content set from its parent revision and the files the admin changed. Revisions never
/// change, so the last few parents read are kept in memory.
/// </summary>
public sealed class StudioDraftFiles(IContentRevisionStore revisions)
{
    /// <summary>The most files one draft may change, and their total size (a whole content set is far smaller).</summary>
    public const int MaxChanges = 200;

    public const int MaxTotalChars = 4 * 1024 * 1024;

    private readonly Lock cacheLock = new();
    private readonly Dictionary<long, ContentFileSet> cache = [];

    /// <summary>
    /// The parent's files with the changes laid over, or the problem an endpoint answers: 404 when there is no such
    /// parent, 400 when a change names a path outside the content folder or a file that is not content.
    /// </summary>
    public async Task<DraftBuild> BuildAsync(long parent, IReadOnlyList<StudioFile>? changes, CancellationToken cancellationToken)
    {
        if (await ParentAsync(parent, cancellationToken) is not { } files)
        {
            return DraftBuild.Fail(StatusCodes.Status404NotFound, "No such revision", $"There is no content revision {parent}.");
        }

        try
        {
            foreach (var change in changes ?? [])
            {
                if (!ContentFileSet.IsSafePath(change.Path) || !ContentFileSet.IsContentFile(change.Path))
                {
                    throw new ArgumentException($"'{change.Path}' is not a content file (YAML, or a JSON schema in schema/).");
                }

                files = files.With(ContentFile.FromText(change.Path, change.Text ?? string.Empty));
            }
        }
        catch (ArgumentException ex)
        {
            return DraftBuild.Fail(StatusCodes.Status400BadRequest, "Not a content file", ex.Message);
        }

        return new DraftBuild(files, null);
    }

    /// <summary>Too many files or too much text for one draft.</summary>
    public static bool IsTooLarge(IReadOnlyList<StudioFile>? changes) =>
        changes is not null && (changes.Count > MaxChanges || changes.Sum(change => (long)(change.Text?.Length ?? 0) + change.Path.Length) > MaxTotalChars);

    public async Task<ContentFileSet?> ParentAsync(long parent, CancellationToken cancellationToken)
    {
        lock (cacheLock)
        {
            if (cache.TryGetValue(parent, out var cached))
            {
                return cached;
            }
        }

        var files = await revisions.GetFilesAsync(parent, cancellationToken);
        if (files is not null)
        {
            lock (cacheLock)
            {
                if (cache.Count >= 8)
                {
                    cache.Remove(cache.Keys.Min());
                }

                cache[parent] = files;
            }
        }

        return files;
    }
}
