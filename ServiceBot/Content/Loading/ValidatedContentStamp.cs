using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Loading;

/// <summary>
/// A record, written next to the app by the Release build (<c>content validate --stamp</c>), that one content set passed
/// every check of this very build: the set's <see cref="ContentFileSet.Fingerprint"/> and the build's module id. A load
/// of exactly those files by the same build skips the checks (the JSON Schemas' first use is the largest part of a
/// start); any other files, or another build, are checked in full as before.
/// </summary>
public sealed class ValidatedContentStamp
{
    /// <summary>The stamp's file name next to the app (and in a publish folder).</summary>
    public const string FileName = "dialogs.validated";

    private const string FingerprintKey = "fingerprint ";
    private const string BuildKey = "build ";

    private readonly string _fingerprint;

    private ValidatedContentStamp(string fingerprint) => _fingerprint = fingerprint;

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
        return fingerprint is { Length: 64 } && Value(lines, BuildKey) == ThisBuild ? new ValidatedContentStamp(fingerprint) : null;
    }

    /// <summary>Records that <paramref name="files"/> passed every check of this build.</summary>
    public static void Write(string path, ContentFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        File.WriteAllLines(path, [FingerprintKey + files.Fingerprint, BuildKey + ThisBuild]);
    }

    private static string? Value(string[] lines, string key) =>
        lines.FirstOrDefault(line => line.StartsWith(key, StringComparison.Ordinal))?[key.Length..].Trim();
}
