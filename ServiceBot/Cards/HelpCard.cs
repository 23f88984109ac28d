using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>Every action, in words, and the menu's buttons (no "Ayuda" on the help itself).</summary>
public static class HelpCard
{
    public static JsonObject Create(CardTexts texts) => AdaptiveCards.Card(
        [AdaptiveCards.Title(texts[TextKeys.HelpTitle]), AdaptiveCards.Text(texts[TextKeys.HelpBody]), .. MenuActions.Rows(texts)],
        MenuActions.Overflow(texts, withHelp: false));
}
