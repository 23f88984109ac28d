using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ServiceBot.TeamsApp;

/// <summary>
/// Checks what the official Teams schemas mean but NJsonSchema 10 does not check:
/// <list type="bullet">
/// <item><c>const</c> (e.g. <c>manifestVersion</c>): a draft-06 keyword in these draft-04 schemas, which NJsonSchema
/// keeps as extension data;</item>
/// <item><c>maxLength</c> written beside a <c>$ref</c> (e.g. the localization file's <c>name.short</c> ≤ 30):
/// draft-04 says to ignore it and NJsonSchema does, but Ajv, which Microsoft's own manifest tooling uses, applies it.</item>
/// </list>
/// Follows properties and array items, the places where the Teams schemas use them.
/// </summary>
internal static class SupplementaryKeywordValidator
{
    public static IEnumerable<string> Validate(JsonSchema schema, JToken token) => Validate(schema, token, "#");

    private static IEnumerable<string> Validate(JsonSchema schema, JToken token, string path)
    {
        var actual = schema.ActualSchema;
        if (schema.ExtensionData?.TryGetValue("const", out var expected) == true
            || actual.ExtensionData?.TryGetValue("const", out expected) == true)
        {
            var expectedToken = JToken.FromObject(expected ?? JValue.CreateNull());
            if (!JToken.DeepEquals(expectedToken, token))
            {
                yield return $"{path}: must be {expectedToken.ToString(Newtonsoft.Json.Formatting.None)} (schema const)";
            }
        }

        if (schema.HasReference && schema.MaxLength is { } maxLength
            && token.Type == JTokenType.String && token.Value<string>()!.Length > maxLength)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{path}: StringTooLong (at most {maxLength} characters, has {token.Value<string>()!.Length})");
        }

        foreach (var error in ValidateChildren(actual, token, path))
        {
            yield return error;
        }
    }

    private static IEnumerable<string> ValidateChildren(JsonSchema actual, JToken token, string path)
    {
        if (token is JObject jsonObject)
        {
            foreach (var (name, property) in actual.ActualProperties)
            {
                if (jsonObject.TryGetValue(name, StringComparison.Ordinal, out var value))
                {
                    foreach (var error in Validate(property, value, path == "#" ? $"#/{name}" : $"{path}.{name}"))
                    {
                        yield return error;
                    }
                }
            }
        }
        else if (token is JArray array && actual.Item is { } itemSchema)
        {
            for (var index = 0; index < array.Count; index++)
            {
                foreach (var error in Validate(itemSchema, array[index], string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")))
                {
                    yield return error;
                }
            }
        }
    }
}
