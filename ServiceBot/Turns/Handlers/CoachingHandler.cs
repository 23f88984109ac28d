using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// Runs a coaching turn and commits it once: under the conversation's lock (in this instance, and across instances in
/// the database) it reads state, session and the agent's profile, runs the dialog, and writes in one transaction the
/// state, the agent's profile when the turn changed it, the sessions,
/// the reminders scheduled or cancelled, the live card's message id when the turn knows it, the processed-activity
/// record and the replies (into the outbox). A stale ETag
/// rolls all of it back and the turn runs again on fresh data. An activity already processed by another delivery gets
/// its first outcome and runs nothing. After the commit the replies are sent (within the reply budget) and the
/// remaining effects run.
/// </summary>
public sealed class CoachingHandler(
    ITurnStore turns,
    ConversationLocks locks,
    ContentStore content,
    TurnInputFactory inputs,
    TurnReplies replies,
    ITurnEffects effects,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider time,
    ILogger<CoachingHandler> logger) : ITurnHandler
{
    private const int MaxAttempts = 5;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id!);
        Committed? committed;
        using (await locks.AcquireAsync(key, cancellationToken))
        {
            committed = await RunAndCommitAsync(turn, key, cancellationToken);
        }

        if (committed is null)
        {
            TurnsLog.AlreadyProcessed(logger);
            return;
        }

        await replies.SendAsync(turn, committed.Outbox);
        await effects.RunAsync(turn, committed.Outcome, cancellationToken);
    }

    /// <summary>Runs the dialog and commits its outcome; null when the activity had already been processed.</summary>
    private async Task<Committed?> RunAndCommitAsync(TurnContext turn, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var input = inputs.Create(turn, now);
        var processedKey = ProcessedActivityKey.From(turn.Activity);
        var agentKey = AgentProfileStore.KeyFor(turn.Activity);
        var reads = new TurnReads(processedKey, [LiveCardStore.KeyFor(key), key, agentKey])
        {
            Session = new SessionInState(key, CoachingStateStore.ActiveSessionIdProperty),
        };
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await turns.BeginAsync(key, reads, cancellationToken);
            if (processedKey is not null && await transaction.FindProcessedAsync(processedKey, cancellationToken) is { } first)
            {
                turn.InvokeResponse = first.Response;
                turn.Record = DeliveryRecord.AlreadyProcessed;
                return null;
            }

            var liveCardId = await LiveCardStore.ReadAsync(transaction, key, cancellationToken);

            var (state, etag) = CoachingStateStore.Read(await transaction.ReadStateAsync(key, cancellationToken));
            var session = state.ActiveSessionId is { } id ? await transaction.ReadSessionAsync(id, cancellationToken) : null;
            var (agent, agentETag) = AgentProfileStore.Read(await transaction.ReadStateAsync(agentKey, cancellationToken));
            var outcome = CoachingDialog.NextTurn(state, session, input with { Agent = agent }, now, content.Current);
            var plan = ReplyDelivery.Plan(turn, outcome.Replies, liveCardId);
            var outbox = plan.ToOutbox(turn, key);
            try
            {
                await transaction.SaveSessionAsync(null, outcome.ClosedSession, cancellationToken);
                var saved = await transaction.SaveSessionAsync(session, outcome.Session, cancellationToken);
                await transaction.WriteStateAsync(key, CoachingStateStore.ToJson(outcome.State), etag, cancellationToken);
                if (outcome.Agent is { } changed && changed != agent)
                {
                    await transaction.WriteStateAsync(agentKey, AgentProfileStore.ToJson(changed), agentETag, cancellationToken);
                }
                await WriteRemindersAsync(transaction, turn, outcome, cancellationToken);
                if (plan.LiveCardId is { } live)
                {
                    await LiveCardStore.WriteAsync(transaction, key, live, cancellationToken);
                }

                var response = plan.InvokeResponse ?? (turn.Activity.IsType(ActivityTypes.Invoke) ? InvokeResponse.Ok() : null);
                if (processedKey is not null)
                {
                    await transaction.RecordProcessedAsync(new ProcessedActivity(processedKey, response), cancellationToken);
                }

                await transaction.EnqueueAsync(outbox, time.GetUtcNow() + outboxOptions.Value.HoldFor, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                turn.InvokeResponse = response;
                turn.Record = processedKey is null ? DeliveryRecord.NotRecorded : DeliveryRecord.Recorded;
                return new Committed(outcome with { Session = saved }, outbox);
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another writer changed this conversation or session meanwhile: run the turn again on fresh data.
            }
        }
    }

    private async Task WriteRemindersAsync(ITurnTransaction transaction, TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var effect in outcome.Effects)
        {
            switch (effect)
            {
                case ScheduleWaitingReminders reminders:
                    foreach (var message in WaitingReminders.For(turn, turn.TextsFrom(content), reminders))
                    {
                        await transaction.ScheduleAsync(message, cancellationToken);
                    }

                    break;
                case CancelWaitingReminders cancel:
                    await transaction.CancelScheduledAsync(WaitingReminderIds.Prefix(cancel.SessionId, cancel.CustomerIndex), cancellationToken);
                    break;
            }
        }
    }

    private sealed record Committed(TurnOutcome Outcome, IReadOnlyList<OutboxMessage> Outbox);
}
