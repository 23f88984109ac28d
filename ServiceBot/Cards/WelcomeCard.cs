using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class WelcomeCard
{
    public static JsonObject Create(ITextCatalog texts, Language language) => AdaptiveCards.Card(
        [AdaptiveCards.Title(texts.Get(TextKeys.WelcomeTitle, language)), AdaptiveCards.Text(texts.Get(TextKeys.WelcomeBody, language))],
        MenuActions.Create(texts, language));
}
