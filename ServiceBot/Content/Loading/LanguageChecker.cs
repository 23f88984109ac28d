using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Checks what the schema cannot: a text says the same thing in every language, so the {placeholders} of its
/// Spanish, English and regional versions must match, and no version may be blank; braces are only placeholders or
/// gendered words written {masculine|feminine} (<see cref="Model.GenderedWords"/>).
/// </summary>
public static partial class LanguageChecker
{
    public static void Check(IEnumerable<ContentDocument> documents, List<ContentError> errors)
    {
        foreach (var document in documents)
        {
            foreach (var text in (document.Root is JContainer container ? container.DescendantsAndSelf() : []).OfType<JObject>().Where(IsLocalizedText))
            {
                CheckText(document, text, errors);
            }
        }
    }

    private static bool IsLocalizedText(JObject obj) =>
        obj.Property("es")?.Value.Type == JTokenType.String
        || obj.Property("en")?.Value.Type == JTokenType.String;

    private static void CheckText(ContentDocument document, JObject text, List<ContentError> errors)
    {
        var versions = text.Properties().Where(p => p.Value.Type == JTokenType.String).ToList();
        foreach (var version in versions.Where(p => string.IsNullOrWhiteSpace((string?)p.Value) && ((string?)p.Value)!.Length > 0))
        {
            errors.Add(document.ErrorAt(version.Value, $"the '{version.Name}' text is blank"));
        }

        foreach (var version in versions)
        {
            if (version.Value.Type == JTokenType.String && Model.GenderedWords.Problem(version.Value.ToString()) is { } problem)
            {
                errors.Add(document.ErrorAt(version.Value, problem));
            }
        }

        var reference = versions.FirstOrDefault(p => p.Name == "es") ?? versions[0];
        var expected = Placeholders((string?)reference.Value);
        foreach (var version in versions.Where(p => p != reference))
        {
            var actual = Placeholders((string?)version.Value);
            if (!actual.SetEquals(expected))
            {
                errors.Add(document.ErrorAt(version.Value,
                    $"placeholders differ between '{reference.Name}' ({List(expected)}) and '{version.Name}' ({List(actual)})"));
            }
        }
    }

    private static HashSet<string> Placeholders(string? text) =>
        [.. PlaceholderRegex().Matches(text ?? string.Empty).Select(match => match.Value)];

    private static string List(HashSet<string> placeholders) =>
        placeholders.Count == 0 ? "none" : string.Join(" ", placeholders.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex PlaceholderRegex();
}
