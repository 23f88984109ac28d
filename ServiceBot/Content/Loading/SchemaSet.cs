using Newtonsoft.Json;
using NJsonSchema;

namespace ServiceBot.Content.Loading;

/// <summary>The JSON Schemas of the content folder, one per kind, loaded from <c>schema/</c>.</summary>
public sealed class SchemaSet
{
    private readonly Dictionary<ContentKind, JsonSchema> schemas;

    private SchemaSet(Dictionary<ContentKind, JsonSchema> schemas) => this.schemas = schemas;

    public JsonSchema? For(ContentKind kind) => schemas.GetValueOrDefault(kind);

    public static async Task<(SchemaSet Schemas, IReadOnlyList<ContentError> Errors)> LoadAsync(
        string folder, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<ContentKind, JsonSchema>();
        var errors = new List<ContentError>();
        foreach (var kind in ContentKinds.All)
        {
            var relative = $"{ContentKinds.SchemaFolder}/{kind.SchemaFileName()}";
            var path = Path.Combine(folder, ContentKinds.SchemaFolder, kind.SchemaFileName());
            if (!File.Exists(path))
            {
                errors.Add(new ContentError(relative, 0, 0, "schema file is missing"));
                continue;
            }

            try
            {
                loaded[kind] = await JsonSchema.FromFileAsync(path, cancellationToken);
            }
            catch (JsonReaderException ex)
            {
                errors.Add(new ContentError(relative, ex.LineNumber, ex.LinePosition, $"invalid JSON: {ex.Message}"));
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or IOException
                or JsonException or ArgumentException)
            {
                errors.Add(new ContentError(relative, 0, 0, $"the schema cannot be loaded: {ex.Message}"));
            }
        }

        return (new SchemaSet(loaded), errors);
    }
}
