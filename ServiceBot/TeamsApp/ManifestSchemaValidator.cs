using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ServiceBot.TeamsApp;

/// <summary>
/// Validates a Teams manifest or localization file against the official JSON Schema that its <c>$schema</c> names,
/// read from the copy kept under <c>manifest/schema/v1.xx/</c> (never fetched from the internet).
/// </summary>
public sealed partial class ManifestSchemaValidator(string schemaFolder)
{
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The local path of the schema that a <c>$schema</c> URL names, or null if the URL is not a Teams schema URL.</summary>
    public string? LocalSchemaPath(string schemaUrl)
    {
        var match = TeamsSchemaUrl().Match(schemaUrl);
        return match.Success
            ? Path.Combine(schemaFolder, match.Groups["version"].Value, match.Groups["file"].Value)
            : null;
    }

    /// <summary>Validates a JSON document; returns readable errors (empty when valid).</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(string json, string fileName, CancellationToken cancellationToken = default)
    {
        JToken document;
        try
        {
            document = JToken.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException exception)
        {
            return [$"{fileName}: not valid JSON: {exception.Message}"];
        }

        var schemaUrl = (document as JObject)?["$schema"] is JValue { Type: JTokenType.String } value
            ? value.Value<string>()
            : null;
        if (string.IsNullOrWhiteSpace(schemaUrl))
        {
            return [$"{fileName}: \"$schema\" is missing or not a string; it must name an official Teams schema URL"];
        }

        var schemaPath = LocalSchemaPath(schemaUrl);
        if (schemaPath is null)
        {
            return [$"{fileName}: \"$schema\" '{schemaUrl}' is not an official Teams schema URL "
                + "(https://developer.microsoft.com/en-us/json-schemas/teams/v1.xx/<file>.schema.json)"];
        }

        if (!File.Exists(schemaPath))
        {
            return [$"{fileName}: no local copy of '{schemaUrl}' at '{schemaPath}'"];
        }

        var schema = await LoadAsync(schemaPath, cancellationToken);
        var errors = schema.Validate(document)
            .SelectMany(Leaves)
            .Select(error => $"{fileName}: {Describe(error)}")
            .Concat(SupplementaryKeywordValidator.Validate(schema, document).Select(error => $"{fileName}: {error}"))
            .ToList();
        return errors;
    }

    private async Task<JsonSchema> LoadAsync(string schemaPath, CancellationToken cancellationToken)
    {
        if (!_schemas.TryGetValue(schemaPath, out var schema))
        {
            var text = await File.ReadAllTextAsync(schemaPath, cancellationToken);
            schema = await JsonSchema.FromJsonAsync(text, schemaPath, cancellationToken);
            _schemas[schemaPath] = schema;
        }

        return schema;
    }

    /// <summary>Replaces "array item not valid" wrappers by the errors inside them, which say what is wrong.</summary>
    private static IEnumerable<ValidationError> Leaves(ValidationError error) =>
        error is ChildSchemaValidationError { Kind: ValidationErrorKind.ArrayItemNotValid } child
            ? child.Errors.SelectMany(pair => pair.Value).SelectMany(Leaves)
            : [error];

    private static string Describe(ValidationError error)
    {
        var where = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        var line = error.HasLineInfo ? string.Create(CultureInfo.InvariantCulture, $" (line {error.LineNumber})") : "";
        var detail = error is ChildSchemaValidationError child
            ? " [" + string.Join("; ", child.Errors.SelectMany(pair => pair.Value).SelectMany(Leaves).Select(Describe)) + "]"
            : "";
        return $"{where}: {error.Kind}{line}{detail}";
    }

    [GeneratedRegex(@"^https://developer\.microsoft\.com/(?:[a-z]{2}-[a-z]{2}/)?json-schemas/teams/(?<version>v1\.\d+)/(?<file>MicrosoftTeams(?:\.Localization)?\.schema\.json)$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamsSchemaUrl();
}
