using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Dialogs;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>The scheduled messages that remind the agent, at each threshold of the content, that a customer still waits.</summary>
public static class WaitingReminders
{
    public static IEnumerable<ScheduledMessage> For(TurnContext turn, CardTexts texts, ScheduleWaitingReminders reminders)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(reminders);
        var conversationId = turn.Activity.Conversation!.Id!;
        var userId = turn.Activity.From!.Id!;
        foreach (var minutes in texts.Content.Settings.WaitingReminderMinutes)
        {
            var card = WaitingReminderCard.Create(texts, reminders.CustomerIndex, minutes);
            // A reminder must notify: its summary says who has waited how long, so the phone's notification reads on its own.
            var activity = AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale, Summary = WaitingReminderCard.NotificationText(texts, minutes) };
            var id = WaitingReminderIds.For(reminders.SessionId, reminders.CustomerIndex, minutes);
            yield return new ScheduledMessage(id, conversationId, userId, reminders.ArrivedAt.AddMinutes(minutes), activity);
        }
    }
}
