using ServiceBot.Localization;

namespace ServiceBot.Content.Model;

/// <summary>Words or short expressions in Spanish and English (triggers, expected words, command keywords).</summary>
public sealed record LocalizedKeywords(IReadOnlyList<string> Es, IReadOnlyList<string> En)
{
    public IReadOnlyList<string> Get(Language language) => language == Language.English ? En : Es;
}
