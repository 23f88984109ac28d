using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The menu, with an optional line above it (a greeting back, or "I did not understand").</summary>
public static class MenuCard
{
    public static JsonObject Create(CardTexts texts) => Create(texts, null);

    public static JsonObject Create(CardTexts texts, string? line) => AdaptiveCards.Card(
        [.. line is null ? Array.Empty<JsonNode>() : [AdaptiveCards.Text(line)], AdaptiveCards.Title(texts[TextKeys.MenuTitle]), .. MenuActions.Rows(texts)],
        MenuActions.Overflow(texts));
}
