using System.Text;
using ServiceBot.Content.Model;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Loads a content set (a folder, a revision): parses every YAML file with positions, validates it against its kind's schema, checks
/// ids, references, languages and completeness, and builds a snapshot only when there is not a single error.
/// The files a <see cref="ValidatedContentStamp"/> covers passed all of that in this build already: they are parsed and
/// built without the checks.
/// </summary>
public sealed class ContentLoader(
    TimeProvider timeProvider, IEnumerable<IContentSnapshotPreparer>? preparers = null, ValidatedContentStamp? validated = null)
{
    private readonly IReadOnlyList<IContentSnapshotPreparer> _preparers = [.. preparers ?? []];

    /// <summary>Loads a content folder from disk.</summary>
    public async Task<ContentLoadResult> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        ContentFileSet files;
        try
        {
            files = await new FolderContentSource(folder).ReadAsync(cancellationToken);
        }
        catch (ContentLoadException ex)
        {
            return Failed([.. ex.Errors]);
        }

        return await LoadAsync(files, cancellationToken);
    }

    /// <summary>Loads a content set from any source; the snapshot's version is the set's hash.</summary>
    public Task<ContentLoadResult> LoadAsync(ContentFileSet files, CancellationToken cancellationToken = default) =>
        LoadAsync(files, prepare: true, cancellationToken);

    /// <summary>
    /// Checks a content set with every check of <see cref="LoadAsync(ContentFileSet, CancellationToken)"/> but
    /// without preparing the snapshot for use (no classifier training): for drafts, imports and the studio.
    /// </summary>
    public Task<ContentLoadResult> ValidateAsync(ContentFileSet files, CancellationToken cancellationToken = default) =>
        LoadAsync(files, prepare: false, cancellationToken);

    private Task<ContentLoadResult> LoadAsync(ContentFileSet files, bool prepare, CancellationToken cancellationToken)
    {
        if (validated?.Covers(files) == true && (validated.ParsedDocuments() ?? ReadValidated(files)) is { } validatedDocuments)
        {
            return Task.FromResult(Built(files, validatedDocuments, prepare));
        }

        return CheckedLoadAsync(files, prepare, cancellationToken);
    }

    // Its own method: compiling it loads NJsonSchema, which a load of the stamped files never needs.
    private async Task<ContentLoadResult> CheckedLoadAsync(ContentFileSet files, bool prepare, CancellationToken cancellationToken)
    {
        // The schemas (NJsonSchema) load on another thread while the YAML files are parsed: at start, each is the
        // first use of its library, the largest part of the content's load.
        var loadingSchemas = Task.Run(() => SchemaSet.LoadAsync(files, cancellationToken), cancellationToken);
        var errors = new List<ContentError>();
        var documents = new List<ContentDocument>();
        var unreadable = new HashSet<ContentKind>();
        foreach (var file in files.Files)
        {
            if (ContentFileSet.IsPage(file.Path))
            {
                if (file.TryGetText() is null)
                {
                    errors.Add(new ContentError(file.Path, 1, 1, "the file is not UTF-8 text: save it as UTF-8"));
                }
            }
            else if (IsDocument(file.Path))
            {
                if (Read(file.Path, file.Bytes, documents, errors) is { } failedKind)
                {
                    unreadable.Add(failedKind);
                }
            }
        }

        var (schemas, schemaErrors) = await loadingSchemas;
        errors.AddRange(schemaErrors);
        foreach (var document in documents)
        {
            if (schemas.For(document.Kind) is { } schema)
            {
                errors.AddRange(SchemaErrorFormatter.Validate(document, schema));
            }
        }

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

        return Built(files, documents, prepare);
    }

    private ContentLoadResult Built(ContentFileSet files, List<ContentDocument> documents, bool prepare)
    {
        var version = new ContentVersion(files.Hash, timeProvider.GetUtcNow());
        var snapshot = SnapshotBuilder.Build(documents, version);
        return prepare ? Prepare(snapshot) : new ContentLoadResult(snapshot, []);
    }

    /// <summary>The YAML documents of a set that passed every check; null if one cannot be read after all (then it is checked in full).</summary>
    internal static List<ContentDocument>? ReadValidated(ContentFileSet files)
    {
        var documents = new List<ContentDocument>();
        foreach (var file in files.Files)
        {
            if (!IsDocument(file.Path))
            {
                continue;
            }

            if (TextOf(file.Bytes) is not { } text
                || YamlContentReader.ReadValidated(file.Path, text, SchemaPathOf(file.Path)) is not ({ } document, { Count: 0 }))
            {
                return null;
            }

            documents.Add(document);
        }

        return documents;
    }

    /// <summary>
    /// Prepares a snapshot that <see cref="ValidateAsync"/> built for use (the classifier), as
    /// <see cref="LoadAsync(ContentFileSet, CancellationToken)"/> does: the result is what that would have returned.
    /// </summary>
    public ContentLoadResult Prepare(ContentSnapshot snapshot)
    {
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

    /// <summary>A YAML document: neither a page nor a schema.</summary>
    private static bool IsDocument(string relative) =>
        !ContentFileSet.IsPage(relative) && !relative.StartsWith(ContentKinds.SchemaFolder + "/", StringComparison.Ordinal);

    /// <summary>Parses one file; returns its kind when the file names a kind but cannot be parsed.</summary>
    private static ContentKind? Read(string relative, byte[] bytes, List<ContentDocument> documents, List<ContentError> errors)
    {
        if (TextOf(bytes) is not { } text)
        {
            errors.Add(new ContentError(relative, 1, 1, "the file is not UTF-8 text: save it as UTF-8"));
            return null;
        }

        var (document, kind, readErrors) = YamlContentReader.Read(relative, text, SchemaPathOf(relative));
        errors.AddRange(readErrors);
        if (document is null)
        {
            return kind;
        }

        documents.Add(document);
        return null;
    }

    private static string? TextOf(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Where the schema folder lies relative to the file's folder (<c>../schema</c> one level down).</summary>
    private static string SchemaPathOf(string relative) =>
        string.Concat(Enumerable.Repeat("../", relative.Count(c => c == '/'))) + ContentKinds.SchemaFolder;

    public static bool IsContentFile(string relativePath) => ContentFileSet.IsContentFile(relativePath);

    private static ContentLoadResult Failed(params ContentError[] errors) => new(null, errors);
}
