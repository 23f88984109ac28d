using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ServiceBot.Content.Loading;

/// <summary>Validates a document against its schema and words each violation for an admin, at its line and column.</summary>
public static class SchemaErrorFormatter
{
    public static IEnumerable<ContentError> Validate(ContentDocument document, JsonSchema schema) =>
        schema.Validate(document.Root)
            .SelectMany(Leaves)
            .Select(error => At(document, error, Describe(error, document.Root)))
            .Distinct();

    private static ContentError At(ContentDocument document, ValidationError error, string message)
    {
        var path = error.Path ?? "#/";
        var (line, column) = error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed
            ? document.Map.LocateKey(path)
            : document.Map.Locate(path);
        return new ContentError(document.Path, line, column, message);
    }

    private static IEnumerable<ValidationError> Leaves(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.Values.SelectMany(errors => errors).SelectMany(Leaves)
            : [error];

    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static string Describe(ValidationError error, JToken root)
    {
        var property = error.Property ?? string.Empty;
        var value = Find(root, error.Path);
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired when property is "es" or "en" =>
                $"text has no {(property == "es" ? "Spanish (es)" : "English (en)")} version: add '{property}:'",
            ValidationErrorKind.PropertyRequired => $"missing required property '{property}'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{property}'",
            ValidationErrorKind.NotInEnumeration =>
                $"{Quote(value)} is not allowed here; use one of: {string.Join(", ", Enumeration(error.Schema))}",
            ValidationErrorKind.StringExpected => $"expected text, found {Quote(value)}",
            ValidationErrorKind.StringTooShort => "text must not be empty",
            ValidationErrorKind.IntegerExpected => $"expected a whole number, found {Quote(value)}",
            ValidationErrorKind.NumberExpected => $"expected a number, found {Quote(value)}",
            ValidationErrorKind.BooleanExpected => $"expected true or false, found {Quote(value)}",
            ValidationErrorKind.ArrayExpected => $"expected a list ('- item' lines), found {Quote(value)}",
            ValidationErrorKind.ObjectExpected => $"expected a mapping ('key: value' lines), found {Quote(value)}",
            ValidationErrorKind.PatternMismatch when error.Schema?.ActualSchema.Pattern == IdPattern =>
                $"{Quote(value)} is not a valid id: use lowercase letters, digits and hyphens (e.g. greeting-morning-1)",
            ValidationErrorKind.PatternMismatch => $"{Quote(value)} does not match the expected format {error.Schema?.Pattern}",
            ValidationErrorKind.TooFewItems => $"the list needs at least {error.Schema?.MinItems} item(s)",
            ValidationErrorKind.TooManyItems => $"the list allows at most {error.Schema?.MaxItems} item(s)",
            ValidationErrorKind.ItemsNotUnique => "the list has the same item twice",
            ValidationErrorKind.NumberTooSmall => $"{Quote(value)} is below the minimum {error.Schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"{Quote(value)} is above the maximum {error.Schema?.Maximum}",
            ValidationErrorKind.TooFewProperties => "the mapping needs at least one entry",
            _ => $"{Words(error.Kind.ToString())}",
        };
    }

    private static IEnumerable<string> Enumeration(JsonSchema? schema) =>
        schema?.ActualSchema.Enumeration.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "null")
        ?? [];

    private static JToken? Find(JToken root, string? path)
    {
        if (path is null or "#" or "#/")
        {
            return root;
        }

        try
        {
            return root.SelectToken("$." + path[2..], errorWhenNoMatch: false);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static string Quote(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null } => "nothing",
        JObject => "a mapping",
        JArray => "a list",
        _ => $"'{value}'",
    };

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
