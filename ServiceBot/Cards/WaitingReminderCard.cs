using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The proactive nudge that a customer is still waiting, with the button that records they are being served.</summary>
public static class WaitingReminderCard
{
    public static JsonObject Create(CardTexts texts, int customerIndex, int minutes) => AdaptiveCards.Card(
        [AdaptiveCards.Text($"⏱️ {texts.Fill(TextKeys.WaitingReminder, ("minutes", minutes))}")],
        [CardActions.Submit(texts[TextKeys.WaitingServedButton], CoachingVerbs.CustomerServed, ("customer", customerIndex.ToString(CultureInfo.InvariantCulture)))]);
}
