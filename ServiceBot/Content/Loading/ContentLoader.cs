using System.Security.Cryptography;
using System.Text;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Loads a content folder: parses every YAML file with positions, validates it against its kind's schema, checks
/// ids, references, languages and completeness, and builds a snapshot only when there is not a single error.
/// </summary>
public sealed class ContentLoader(TimeProvider timeProvider, IEnumerable<IContentSnapshotPreparer>? preparers = null)
{
    private readonly IReadOnlyList<IContentSnapshotPreparer> _preparers = [.. preparers ?? []];

    public async Task<ContentLoadResult> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            return Failed(new ContentError(ContentError.FolderLevel, 0, 0, $"content folder not found: {folder}"));
        }

        var (schemas, schemaErrors) = await SchemaSet.LoadAsync(folder, cancellationToken);
        var errors = new List<ContentError>(schemaErrors);
        var files = ContentFiles(folder);
        var documents = new List<ContentDocument>();
        var unreadable = new HashSet<ContentKind>();
        var hash = new StringBuilder();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, full) in files)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(full, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ContentError(relative, 0, 0, $"the file cannot be read: {ex.Message}"));
                continue;
            }

            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            sha.AppendData(bytes);
            if (!relative.StartsWith(ContentKinds.SchemaFolder + "/", StringComparison.Ordinal))
            {
                if (Read(relative, bytes, schemas, documents, errors) is { } failedKind)
                {
                    unreadable.Add(failedKind);
                }
            }
        }

        hash.Append(Convert.ToHexStringLower(sha.GetHashAndReset())[..12]);
        var catalog = IdCatalog.Collect(documents, errors);
        ReferenceChecker.Check(documents, catalog, unreadable, errors);
        LanguageChecker.Check(documents, errors);
        ConsistencyChecker.Check(documents, errors);
        CompletenessChecker.Check(documents, catalog, unreadable, errors);
        UnderstandingChecker.Check(documents, catalog, unreadable, errors);
        if (errors.Count > 0)
        {
            return Failed([.. errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        var version = new ContentVersion(hash.ToString(), timeProvider.GetUtcNow());
        var snapshot = SnapshotBuilder.Build(documents, version);
        foreach (var preparer in _preparers)
        {
            try
            {
                preparer.Prepare(snapshot);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Failed(new ContentError(ContentError.FolderLevel, 0, 0, $"{preparer.Name} failed: {ex.Message}"));
            }
        }

        return new ContentLoadResult(snapshot, []);
    }

    /// <summary>Reads one file; returns its kind when the file names a kind but cannot be parsed.</summary>
    private static ContentKind? Read(string relative, byte[] bytes, SchemaSet schemas, List<ContentDocument> documents, List<ContentError> errors)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ContentError(relative, 1, 1, "the file is not UTF-8 text: save it as UTF-8"));
            return null;
        }

        var depth = relative.Count(c => c == '/');
        var schemaPath = string.Concat(Enumerable.Repeat("../", depth)) + ContentKinds.SchemaFolder;
        var (document, kind, readErrors) = YamlContentReader.Read(relative, text, schemaPath);
        errors.AddRange(readErrors);
        if (document is null)
        {
            return kind;
        }

        documents.Add(document);
        if (schemas.For(document.Kind) is { } schema)
        {
            errors.AddRange(SchemaErrorFormatter.Validate(document, schema));
        }

        return null;
    }

    /// <summary>Every YAML file and every schema, by relative path with '/' separators, in a stable order.</summary>
    private static List<(string Relative, string Full)> ContentFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(full => (Relative: Path.GetRelativePath(folder, full).Replace('\\', '/'), Full: full))
            .Where(file => IsContentFile(file.Relative))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)];

    public static bool IsContentFile(string relativePath) =>
        relativePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || relativePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || (relativePath.StartsWith(ContentKinds.SchemaFolder + "/", StringComparison.Ordinal)
            && relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    private static ContentLoadResult Failed(params ContentError[] errors) => new(null, errors);
}
