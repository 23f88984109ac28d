using NJsonSchema;
using NJsonSchema.References;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Resolves a schema's file references (<c>common.schema.json#/definitions/text</c>) from the content set in memory
/// instead of the disk, so schemas read from the database work the same as schemas in a folder.
/// </summary>
internal sealed class InMemorySchemaResolver(JsonSchema root, IReadOnlyDictionary<string, string> schemaTexts)
    : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
{
    /// <summary>The folder the schemas pretend to live in; only ever compared as a string.</summary>
    public const string VirtualFolder = "/servicebot-content/schema/";

    public static Task<JsonSchema> ParseAsync(string fileName, IReadOnlyDictionary<string, string> schemaTexts, CancellationToken cancellationToken) =>
        JsonSchema.FromJsonAsync(schemaTexts[fileName], VirtualFolder + fileName, schema => new InMemorySchemaResolver(schema, schemaTexts), cancellationToken);

    public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
    {
        var fileName = filePath.Replace('\\', '/');
        if (fileName.StartsWith(VirtualFolder, StringComparison.Ordinal))
        {
            fileName = fileName[VirtualFolder.Length..];
        }

        if (!schemaTexts.ContainsKey(fileName))
        {
            throw new InvalidOperationException($"the schema refers to {fileName}, which is not in schema/");
        }

        return await ParseAsync(fileName, schemaTexts, cancellationToken);
    }
}
