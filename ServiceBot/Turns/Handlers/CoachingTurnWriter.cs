using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// One attempt at a coaching turn inside its transaction, short of the commit: reads state, session, the live card's id
/// and the agent's profile, runs the dialog, and writes the state, the agent's profile when the turn changed it, the
/// sessions, the reminders scheduled or cancelled, the live card's message id when the turn knows it, the
/// processed-activity record and the replies (into the outbox). <see cref="CoachingHandler"/> commits what it wrote;
/// the start's warm-up (<see cref="TurnPathWarmUp"/>) rehearses it and keeps nothing.
/// </summary>
public sealed class CoachingTurnWriter(ContentStore content, IOptions<OutboxOptions> outboxOptions, TimeProvider time)
{
    /// <summary>
    /// What <see cref="WriteAsync"/> reads first, for the store to fetch together when the transaction begins;
    /// <paramref name="unlessSupervisorOnly"/> as given to <see cref="WriteAsync"/>.
    /// </summary>
    public static TurnReads ReadsFor(TurnContext turn, string key, PersonKey? unlessSupervisorOnly)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TurnReads(ProcessedActivityKey.From(turn.Activity), [LiveCardStore.KeyFor(key), key, AgentProfileStore.KeyFor(turn.Activity)])
        {
            Session = new SessionInState(key, CoachingStateStore.ActiveSessionIdProperty),
            SupervisorOnly = unlessSupervisorOnly,
        };
    }

    /// <summary>
    /// The turn's outcome as written, or the first outcome when the activity had already been processed. With
    /// <paramref name="unlessSupervisorOnly"/>, a person the roster names as a supervisor only gets
    /// <see cref="CoachingTurnWrite.SupervisorOnly"/> and nothing is written (asked after the processed record, so a
    /// redelivery still gets its first outcome).
    /// </summary>
    /// <exception cref="StoreConflictException">Another writer changed the conversation or its session meanwhile.</exception>
    public async Task<CoachingTurnWrite> WriteAsync(
        ITurnTransaction transaction, TurnContext turn, string key, TurnInput input, DateTimeOffset now, PersonKey? unlessSupervisorOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(turn);
        var processedKey = ProcessedActivityKey.From(turn.Activity);
        if (processedKey is not null && await transaction.FindProcessedAsync(processedKey, cancellationToken) is { } first)
        {
            return new CoachingTurnWrite(null, [], first.Response, DeliveryRecord.AlreadyProcessed);
        }

        if (unlessSupervisorOnly is { } person && await transaction.IsSupervisorOnlyAsync(person, cancellationToken))
        {
            return CoachingTurnWrite.SupervisorOnly;
        }

        var agentKey = AgentProfileStore.KeyFor(turn.Activity);
        var liveCardId = await LiveCardStore.ReadAsync(transaction, key, cancellationToken);
        var (state, etag) = CoachingStateStore.Read(await transaction.ReadStateAsync(key, cancellationToken));
        var session = state.ActiveSessionId is { } id ? await transaction.ReadSessionAsync(id, cancellationToken) : null;
        var (agent, agentETag) = AgentProfileStore.Read(await transaction.ReadStateAsync(agentKey, cancellationToken));
        var outcome = CoachingDialog.NextTurn(state, session, input with { Agent = agent }, now, content.Current);
        var plan = ReplyDelivery.Plan(turn, outcome.Replies, liveCardId);
        var outbox = plan.ToOutbox(turn, key);

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
        var record = processedKey is null ? DeliveryRecord.NotRecorded : DeliveryRecord.Recorded;
        return new CoachingTurnWrite(outcome with { Session = saved }, outbox, response, record);
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
}

/// <summary>
/// What <see cref="CoachingTurnWriter"/> wrote: the outcome (null when the activity had already been processed, and
/// <see cref="Response"/> is then its first answer, or when the writer is a supervisor only), the outbox rows, the
/// invoke response and how the delivery is recorded.
/// </summary>
public sealed record CoachingTurnWrite(TurnOutcome? Outcome, IReadOnlyList<OutboxMessage> Outbox, InvokeResponse? Response, DeliveryRecord Record)
{
    /// <summary>Nothing written: the roster names the writer as a supervisor only, whose typed text gets their menu.</summary>
    public static CoachingTurnWrite SupervisorOnly { get; } = new(null, [], null, DeliveryRecord.NotRecorded) { IsSupervisorOnly = true };

    public bool IsSupervisorOnly { get; private init; }
}
