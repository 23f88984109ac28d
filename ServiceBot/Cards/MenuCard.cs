using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class MenuCard
{
    public static JsonObject Create(ITextCatalog texts, Language language) => AdaptiveCards.Card(
        [AdaptiveCards.Title(texts.Get(TextKeys.MenuTitle, language))],
        MenuActions.Create(texts, language));
}
