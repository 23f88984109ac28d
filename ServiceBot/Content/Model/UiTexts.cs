using ServiceBot.Localization;

namespace ServiceBot.Content.Model;

/// <summary>
/// The bot's interface texts by key (see <see cref="TextKeys"/>), its menu commands, and the words agents use for the
/// customer's mood.
/// </summary>
public sealed record UiTexts(
    IReadOnlyDictionary<string, LocalizedText> Texts,
    IReadOnlyList<BotCommand> Commands,
    IReadOnlyDictionary<Temperament, LocalizedKeywords> Temperaments)
{
    public LocalizedText? Find(string key) => Texts.GetValueOrDefault(key);

    /// <summary>The text in the language, or the key itself so a gap is visible rather than a crash.</summary>
    public string Get(string key, Language language) => Find(key)?.Get(language) ?? key;
}
