using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class WelcomeCard
{
    public static JsonObject Create(CardTexts texts) => AdaptiveCards.Card([AdaptiveCards.Title(texts[TextKeys.WelcomeTitle]), AdaptiveCards.Text(texts[TextKeys.WelcomeBody]), .. MenuActions.Rows(texts)]);
}
