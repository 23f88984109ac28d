using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class HelpCard
{
    public static JsonObject Create(ITextCatalog texts, Language language) => AdaptiveCards.Card(
        [AdaptiveCards.Title(texts.Get(TextKeys.MenuHelp, language)), AdaptiveCards.Text(texts.Get(TextKeys.HelpBody, language))],
        MenuActions.Create(texts, language));
}
