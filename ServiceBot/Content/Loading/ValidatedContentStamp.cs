using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Loading;

/// <summary>
/// A record, written next to the app by the Release build (<c>content validate --stamp</c>), that one content set passed
/// every check of this very build: the set's <see cref="ContentFileSet.Fingerprint"/> and the build's module id. A load
/// of exactly those files by the same build skips the checks (the JSON Schemas' first use is the largest part of a
/// start); any other files, or another build, are checked in full as before. The stamped files' YAML, parsed, is
/// written beside it (<see cref="ParsedContentFile"/>), so such a load does not parse the YAML either.
/// </summary>
public sealed class ValidatedContentStamp
{
    /// <summary>The stamp's file name next to the app (and in a publish folder).</summary>
    public const string FileName = "dialogs.validated";

    private const string FingerprintKey = "fingerprint ";
    private const string BuildKey = "build ";

    private readonly string _fingerprint;
    private readonly string _parsedPath;

    private ValidatedContentStamp(string fingerprint, string path)
    {
        _fingerprint = fingerprint;
        _parsedPath = ParsedContentFile.PathFor(path);
    }

    /// <summary>This build's identity: the module version id changes with every compilation of different code.</summary>
    public static string ThisBuild { get; } = typeof(ValidatedContentStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The content version of the stamped files (<see cref="ContentFileSet.Hash"/>).</summary>
    public string Version => _fingerprint[..12];

    /// <summary>Whether these are the files that passed the checks.</summary>
    public bool Covers(ContentFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return string.Equals(files.Fingerprint, _fingerprint, StringComparison.Ordinal);
    }

    /// <summary>
    /// The stamped files' documents as the build parsed them, for files this stamp <see cref="Covers"/>; null when
    /// they were not written or cannot be trusted (then the files are parsed).
    /// </summary>
    internal List<ContentDocument>? ParsedDocuments() => ParsedContentFile.Read(_parsedPath, _fingerprint);

    /// <summary>The stamp at <paramref name="path"/> when it was written by this build; null when absent, unreadable or another build's.</summary>
    public static ValidatedContentStamp? Read(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var fingerprint = Value(lines, FingerprintKey);
        return fingerprint is { Length: 64 } && Value(lines, BuildKey) == ThisBuild ? new ValidatedContentStamp(fingerprint, path) : null;
    }

    /// <summary>Records that <paramref name="files"/> passed every check of this build, with their parsed documents beside it.</summary>
    public static void Write(string path, ContentFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parsedPath = ParsedContentFile.PathFor(path);
        File.Delete(parsedPath);
        if (ContentLoader.ReadValidated(files) is { } documents)
        {
            ParsedContentFile.Write(parsedPath, files.Fingerprint, documents);
        }

        File.WriteAllLines(path, [FingerprintKey + files.Fingerprint, BuildKey + ThisBuild]);
    }

    private static string? Value(string[] lines, string key) =>
        lines.FirstOrDefault(line => line.StartsWith(key, StringComparison.Ordinal))?[key.Length..].Trim();
}
