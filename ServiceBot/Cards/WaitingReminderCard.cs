using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The proactive nudge that a customer is still waiting. It must notify, so it is a new message, and its text and
/// summary say who has waited how long, so the phone's notification reads well on its own.
/// </summary>
public static class WaitingReminderCard
{
    public static JsonObject Create(CardTexts texts, int customerIndex, int minutes) => LiveParts.Card(
        [AdaptiveCards.Text($"⏱️ {NotificationText(texts, minutes)}")],
        [
            CardActions.Execute(texts[TextKeys.LiveServeWaiting], CoachingVerbs.CustomerServed, ("customer", customerIndex.ToString(CultureInfo.InvariantCulture))),
            CardActions.Execute(texts[TextKeys.LiveShow], CoachingVerbs.ShowLive),
        ]);

    public static string NotificationText(CardTexts texts, int minutes) => texts.Fill(TextKeys.WaitingReminder, ("minutes", minutes));
}
