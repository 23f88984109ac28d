using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class MenuCard
{
    public static JsonObject Create(CardTexts texts) => AdaptiveCards.Card([AdaptiveCards.Title(texts[TextKeys.MenuTitle]), .. MenuActions.Rows(texts)]);
}
