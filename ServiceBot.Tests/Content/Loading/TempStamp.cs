using ServiceBot.Content.Loading;
using ServiceBot.Content.Sources;

namespace ServiceBot.Tests.Content.Loading;

/// <summary>A content stamp (and its parsed form) in a temp file, as the Release build writes them; deleted on dispose.</summary>
public sealed class TempStamp : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"servicebot-stamp-{Guid.NewGuid():N}.validated");

    public string ParsedPath => ParsedContentFile.PathFor(Path);

    public static Task<ContentFileSet> ReadAsync(string folder) => new FolderContentSource(folder).ReadAsync(CancellationToken.None);

    /// <summary>Stamps <paramref name="files"/> and returns a loader that trusts the stamp.</summary>
    public ContentLoader LoaderTrusting(ContentFileSet files)
    {
        ValidatedContentStamp.Write(Path, files);
        return new ContentLoader(new FixedTimeProvider(Now), validated: ValidatedContentStamp.Read(Path));
    }

    public void Dispose()
    {
        File.Delete(Path);
        File.Delete(ParsedPath);
    }
}
