using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

public static class HelpCard
{
    public static JsonObject Create(CardTexts texts) => AdaptiveCards.Card([AdaptiveCards.Title(texts[TextKeys.HelpTitle]), AdaptiveCards.Text(texts[TextKeys.HelpBody]), .. MenuActions.Rows(texts)]);
}
