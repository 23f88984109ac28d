using ServiceBot.Localization;

namespace ServiceBot.Content.Model;

/// <summary>
/// A text in Spanish and English, with optional regional variants (<c>es-MX</c>, <c>es-ES</c>…) where the wording differs.
/// </summary>
public sealed record LocalizedText(string Es, string En)
{
    public IReadOnlyDictionary<string, string> Variants { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public string Get(Language language) => language == Language.English ? En : Es;

    /// <summary>The exact regional variant when there is one (<c>es-MX</c>), else the language's text, Spanish by default.</summary>
    public string Get(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale) && Variants.TryGetValue(locale.Trim().Replace('_', '-'), out var variant))
        {
            return variant;
        }

        return Get(LocaleResolver.Resolve(locale));
    }

    public override string ToString() => Es;
}
