using System.Security.Cryptography;
using System.Text;
using ServiceBot.Content.Loading;

namespace ServiceBot.Content.Sources;

/// <summary>
/// A whole content set (every YAML file and every schema) in a stable order, wherever it came from: a folder, a
/// revision in the database, an upload. Its <see cref="Hash"/> identifies the content and is the same for the same
/// files from any source.
/// </summary>
public sealed class ContentFileSet
{
    public ContentFileSet(IEnumerable<ContentFile> files)
    {
        Files = [.. files.Where(file => IsContentFile(file.Path)).OrderBy(file => file.Path, StringComparer.Ordinal)];
        if (Files.FirstOrDefault(file => !IsSafePath(file.Path)) is { } unsafeFile)
        {
            throw new ArgumentException($"'{unsafeFile.Path}' is not a path inside the content folder.", nameof(files));
        }

        var duplicate = Files.GroupBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The content set has '{duplicate.Key}' twice.", nameof(files));
        }

        Fingerprint = ComputeFingerprint(Files);
        Hash = Fingerprint[..12];
    }

    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>The first 12 hex digits of <see cref="Fingerprint"/>.</summary>
    public string Hash { get; }

    /// <summary>A SHA-256 over every path and its bytes, in hex.</summary>
    public string Fingerprint { get; }

    public ContentFile? Find(string path) => Files.FirstOrDefault(file => string.Equals(file.Path, path, StringComparison.Ordinal));

    /// <summary>The folder of the pages served from content (<c>/privacy</c>, <c>/terms</c>), as Markdown.</summary>
    public const string PagesFolder = "pages";

    /// <summary>YAML files anywhere, the JSON schemas in <c>schema/</c> and the Markdown pages in <c>pages/</c>; other files are not content.</summary>
    public static bool IsContentFile(string relativePath) =>
        IsPage(relativePath)
        || relativePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || (relativePath.StartsWith(ContentKinds.SchemaFolder + "/", StringComparison.Ordinal)
            && relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A Markdown page in <c>pages/</c> (not parsed as YAML).</summary>
    public static bool IsPage(string relativePath) =>
        relativePath.StartsWith(PagesFolder + "/", StringComparison.Ordinal) && relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative path with '/' separators that stays inside the folder (no '..', no root, no backslash).</summary>
    public static bool IsSafePath(string path) =>
        path.Length is > 0 and <= 200
        && !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != ".." && !segment.Any(char.IsControl));

    /// <summary>A copy with one file's text replaced (or added).</summary>
    public ContentFileSet With(ContentFile replacement) =>
        new(Files.Where(file => !string.Equals(file.Path, replacement.Path, StringComparison.Ordinal)).Append(replacement));

    private static string ComputeFingerprint(IReadOnlyList<ContentFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\0"));
            sha.AppendData(file.Bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
