using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Understanding;

namespace ServiceBot.Turns;

/// <summary>
/// Carries out a turn's effects after its state is committed: a call for help goes to the supervisors, telling the
/// agent whether anyone was reached, an ended service hands over to the post-service survey, and a miss is counted.
/// Waiting reminders are not here: they are scheduled or cancelled in the turn's own transaction
/// (<see cref="Handlers.CoachingHandler"/>), so a failed reply cannot lose or keep one. One failing effect is logged and
/// does not stop the others.
/// </summary>
public sealed class TurnEffects(
    SupervisorNotifier supervisors,
    IRosterStore roster,
    IStateStore state,
    TimeProvider time,
    ContentStore content,
    UnderstandingTelemetry understanding,
    SurveyHandOff survey,
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
        // Written in the turn's transaction.
        ScheduleWaitingReminders or CancelWaitingReminders => Task.CompletedTask,
        CallSupervisor call => CallAsync(turn, call, outcome.Session, cancellationToken),
        ServiceEnded ended => survey.OfferAsync(turn, ended.SessionId, cancellationToken),
        RecordUnderstandingMiss miss => Record(miss),
        _ => throw new InvalidOperationException($"No handler for the effect {effect.GetType().Name}."),
    };

    private Task Record(RecordUnderstandingMiss miss)
    {
        understanding.Record(miss.Miss);
        return Task.CompletedTask;
    }

    private async Task CallAsync(TurnContext turn, CallSupervisor call, ServiceSession? session, CancellationToken cancellationToken)
    {
        var current = content.Current;
        var agent = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var called = (await roster.GetSupervisorsOfAgentAsync(agent, cancellationToken)).Select(p => p.Key.ObjectIdText).ToList();
        if (called.Count == 0)
        {
            // Nobody to call: said plainly, with what to do about it.
            await turn.SendActivityAsync(Activity.CreateMessage(turn.TextsFrom(content)[TextKeys.SupervisorNoneConfigured]), cancellationToken);
            return;
        }

        var record = new SupervisorCall(
            Guid.NewGuid().ToString("N"),
            call.Context,
            session?.StartedAt,
            agent is { } key ? await roster.GetPlaceAsync(key, cancellationToken) : null,
            called,
            turn.Conversation with { ActivityId = null },
            turn.Provenance);
        await AddAsync(record, cancellationToken);
        var result = await supervisors.CallAsync(
            agent,
            reference =>
            {
                var language = LocaleResolver.Resolve(reference.Locale);
                var card = SupervisorCallCard.Create(new CardTexts(current, language, reference.Locale), record, time.GetUtcNow());
                return AdaptiveCards.ToActivity(card) with { Locale = reference.Locale };
            },
            cancellationToken);
        // The live card already says the call went; only a call that reached nobody needs its own message.
        if (result.Reached == 0)
        {
            await turn.SendActivityAsync(Activity.CreateMessage(turn.TextsFrom(content)[TextKeys.SupervisorUnreachable]), cancellationToken);
        }
    }

    /// <summary>Keeps the call where "voy para allá" and the supervisors' menu find it, before any supervisor can press.</summary>
    private async Task AddAsync(SupervisorCall call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await state.ReadAsync(SupervisorCallBook.Key, cancellationToken);
            try
            {
                await state.WriteAsync(SupervisorCallBook.Key, SupervisorCallBook.Parse(item?.Json).Add(call, time.GetUtcNow()).ToJson(), item?.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < 5)
            {
                // Another call or answer was written meanwhile: add ours to the fresh book.
            }
        }
    }
}
