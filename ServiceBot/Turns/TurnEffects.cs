using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Understanding;

namespace ServiceBot.Turns;

/// <summary>
/// Carries out a turn's effects after its state is saved: waiting reminders become scheduled proactive messages (so
/// they survive a restart and are sent once across instances), serving a customer or ending the service cancels
/// them, and a call for help goes to the supervisors, telling the agent whether anyone was reached. One failing effect
/// is logged and does not stop the others.
/// </summary>
public sealed class TurnEffects(
    IScheduledMessageStore scheduled,
    SupervisorNotifier supervisors,
    ContentStore content,
    UnderstandingTelemetry understanding,
    ILogger<TurnEffects> logger) : ITurnEffects
{
    public async Task RunAsync(TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var effect in outcome.Effects)
        {
            try
            {
                await RunAsync(turn, outcome, effect, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                TurnsLog.EffectFailed(logger, ex, effect.GetType().Name);
            }
        }
    }

    private Task RunAsync(TurnContext turn, TurnOutcome outcome, TurnEffect effect, CancellationToken cancellationToken) => effect switch
    {
        ScheduleWaitingReminders reminders => ScheduleAsync(turn, reminders, cancellationToken),
        CancelWaitingReminders cancel => scheduled.CancelAsync(WaitingReminderIds.Prefix(cancel.SessionId, cancel.CustomerIndex), cancellationToken),
        CallSupervisor call => CallAsync(turn, call, outcome.Session, cancellationToken),
        // The post-service survey is handed over here once the feedback flow exists; until then the session just ends.
        ServiceEnded => Task.CompletedTask,
        RecordUnderstandingMiss miss => Record(miss),
        _ => throw new InvalidOperationException($"No handler for the effect {effect.GetType().Name}."),
    };

    private Task Record(RecordUnderstandingMiss miss)
    {
        understanding.Record(miss.Miss);
        return Task.CompletedTask;
    }

    private async Task ScheduleAsync(TurnContext turn, ScheduleWaitingReminders reminders, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var conversationId = turn.Activity.Conversation!.Id!;
        var userId = turn.Activity.From!.Id!;
        foreach (var minutes in texts.Content.Settings.WaitingReminderMinutes)
        {
            var card = WaitingReminderCard.Create(texts, reminders.CustomerIndex, minutes);
            // A reminder must notify: its text and summary say who has waited how long, so the notification reads on its own.
            var notification = WaitingReminderCard.NotificationText(texts, minutes);
            var activity = AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale, Summary = notification };
            var id = WaitingReminderIds.For(reminders.SessionId, reminders.CustomerIndex, minutes);
            await scheduled.ScheduleAsync(new ScheduledMessage(id, conversationId, userId, reminders.ArrivedAt.AddMinutes(minutes), activity), cancellationToken);
        }
    }

    private async Task CallAsync(TurnContext turn, CallSupervisor call, ServiceSession? session, CancellationToken cancellationToken)
    {
        var current = content.Current;
        var agent = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var result = await supervisors.CallAsync(
            agent,
            reference =>
            {
                var language = LocaleResolver.Resolve(reference.Locale);
                var card = SupervisorCallCard.Create(new CardTexts(current, language), call.Context, session?.StartedAt);
                return AdaptiveCards.ToActivity(card) with { Locale = reference.Locale };
            },
            cancellationToken);
        // The live card already says the call went; only a call that reached nobody needs its own message.
        if (result.Reached == 0)
        {
            await turn.SendActivityAsync(Activity.CreateMessage(turn.TextsFrom(content)[TextKeys.SupervisorUnreachable]), cancellationToken);
        }
    }
}
