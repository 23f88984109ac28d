using System.Globalization;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>The published revision in the database: what every instance serves.</summary>
public sealed class LiveRevisionSource(IContentRevisionStore revisions) : IContentSource
{
    private long lastRead;

    /// <summary>The revision read last, 0 before the first read.</summary>
    public long LastRead => Interlocked.Read(ref lastRead);

    public string Description => string.Create(CultureInfo.InvariantCulture, $"content revision {LastRead}");

    /// <summary>Records that this instance published <paramref name="id"/> and serves the files it saved there (no read back).</summary>
    public void Published(long id) => Interlocked.Exchange(ref lastRead, id);

    public async Task<ContentFileSet> ReadAsync(CancellationToken cancellationToken)
    {
        var live = await revisions.GetLiveIdAsync(cancellationToken)
            ?? throw new ContentLoadException("the database", [new ContentError(ContentError.FolderLevel, 0, 0, "no content revision has been published")]);
        var files = await revisions.GetFilesAsync(live, cancellationToken)
            ?? throw new ContentLoadException("the database", [new ContentError(ContentError.FolderLevel, 0, 0, $"content revision {live} has no files")]);
        Interlocked.Exchange(ref lastRead, live);
        return files;
    }
}
