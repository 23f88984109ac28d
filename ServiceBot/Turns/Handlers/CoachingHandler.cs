using ServiceBot.BotFramework;
using ServiceBot.Dialogs;
using ServiceBot.People;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// Runs a coaching turn and commits it once: under the conversation's lock (in this instance, and across instances in
/// the database) <see cref="CoachingTurnWriter"/> reads state, session and the agent's profile, runs the dialog and
/// writes its outcome in one transaction (state, profile, sessions, reminders, live card id, the processed-activity
/// record and the replies into the outbox). A stale ETag rolls all of it back and the turn runs again on fresh data.
/// An activity already processed by another delivery gets its first outcome and runs nothing: the check is made under
/// the lock, in the transaction's first read, so the route needs none before the turn (<see cref="Route.ChecksRedelivery"/>).
/// After the commit the replies are sent (within the reply budget) and the remaining effects run.
/// </summary>
public sealed class CoachingHandler(
    ITurnStore turns,
    ConversationLocks locks,
    TurnInputFactory inputs,
    CoachingTurnWriter writer,
    TurnReplies replies,
    ITurnEffects effects,
    TimeProvider time,
    ILogger<CoachingHandler> logger) : ITurnHandler
{
    private const int MaxAttempts = 5;

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => HandleAsync(turn, null, cancellationToken);

    /// <summary>
    /// Coaches the turn unless the roster names <paramref name="person"/> a supervisor only (asked in the turn's first
    /// read); false, with nothing written or recorded, when it does.
    /// </summary>
    public Task<bool> HandleUnlessSupervisorOnlyAsync(TurnContext turn, PersonKey person, CancellationToken cancellationToken) =>
        HandleAsync(turn, person, cancellationToken);

    private async Task<bool> HandleAsync(TurnContext turn, PersonKey? unlessSupervisorOnly, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id!);
        CoachingTurnWrite committed;
        using (await locks.AcquireAsync(key, cancellationToken))
        {
            committed = await RunAndCommitAsync(turn, key, unlessSupervisorOnly, cancellationToken);
        }

        if (committed.IsSupervisorOnly)
        {
            return false;
        }

        turn.InvokeResponse = committed.Response;
        turn.Record = committed.Record;
        if (committed.Outcome is not { } outcome)
        {
            TurnsLog.AlreadyProcessed(logger);
            return true;
        }

        await replies.SendAsync(turn, committed.Outbox);
        await effects.RunAsync(turn, outcome, cancellationToken);
        return true;
    }

    private async Task<CoachingTurnWrite> RunAndCommitAsync(TurnContext turn, string key, PersonKey? unlessSupervisorOnly, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var input = inputs.Create(turn, now);
        var reads = CoachingTurnWriter.ReadsFor(turn, key, unlessSupervisorOnly);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await turns.BeginAsync(key, reads, cancellationToken);
            try
            {
                var written = await writer.WriteAsync(transaction, turn, key, input, now, unlessSupervisorOnly, cancellationToken);
                if (written.Outcome is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return written;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another writer changed this conversation or session meanwhile: run the turn again on fresh data.
            }
        }
    }
}
