using Newtonsoft.Json;
using NJsonSchema;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Loading;

/// <summary>The JSON Schemas of a content set, one per kind, read from its <c>schema/</c> files.</summary>
public sealed class SchemaSet
{
    private readonly Dictionary<ContentKind, JsonSchema> schemas;

    private SchemaSet(Dictionary<ContentKind, JsonSchema> schemas) => this.schemas = schemas;

    public JsonSchema? For(ContentKind kind) => schemas.GetValueOrDefault(kind);

    public static async Task<(SchemaSet Schemas, IReadOnlyList<ContentError> Errors)> LoadAsync(
        ContentFileSet files, CancellationToken cancellationToken)
    {
        var prefix = ContentKinds.SchemaFolder + "/";
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Files.Where(file => file.Path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (file.TryGetText() is { } text)
            {
                texts[file.Path[prefix.Length..]] = text.TrimStart('\uFEFF');
            }
        }

        var loaded = new Dictionary<ContentKind, JsonSchema>();
        var errors = new List<ContentError>();
        foreach (var kind in ContentKinds.All)
        {
            var relative = prefix + kind.SchemaFileName();
            if (!texts.ContainsKey(kind.SchemaFileName()))
            {
                errors.Add(new ContentError(relative, 0, 0, "schema file is missing"));
                continue;
            }

            try
            {
                loaded[kind] = await InMemorySchemaResolver.ParseAsync(kind.SchemaFileName(), texts, cancellationToken);
            }
            catch (JsonReaderException ex)
            {
                errors.Add(new ContentError(relative, ex.LineNumber, ex.LinePosition, $"invalid JSON: {ex.Message}"));
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or IOException
                or JsonException or ArgumentException or KeyNotFoundException)
            {
                errors.Add(new ContentError(relative, 0, 0, $"the schema cannot be loaded: {ex.Message}"));
            }
        }

        return (new SchemaSet(loaded), errors);
    }
}
