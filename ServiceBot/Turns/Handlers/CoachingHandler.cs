using ServiceBot.BotFramework;
using ServiceBot.Dialogs;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// Runs a coaching turn and commits it once: under the conversation's lock (in this instance, and across instances in
/// the database) <see cref="CoachingTurnWriter"/> reads state, session and the agent's profile, runs the dialog and
/// writes its outcome in one transaction (state, profile, sessions, reminders, live card id, the processed-activity
/// record and the replies into the outbox). A stale ETag rolls all of it back and the turn runs again on fresh data.
/// An activity already processed by another delivery gets its first outcome and runs nothing. After the commit the
/// replies are sent (within the reply budget) and the remaining effects run.
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

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id!);
        CoachingTurnWrite committed;
        using (await locks.AcquireAsync(key, cancellationToken))
        {
            committed = await RunAndCommitAsync(turn, key, cancellationToken);
        }

        turn.InvokeResponse = committed.Response;
        turn.Record = committed.Record;
        if (committed.Outcome is not { } outcome)
        {
            TurnsLog.AlreadyProcessed(logger);
            return;
        }

        await replies.SendAsync(turn, committed.Outbox);
        await effects.RunAsync(turn, outcome, cancellationToken);
    }

    private async Task<CoachingTurnWrite> RunAndCommitAsync(TurnContext turn, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var input = inputs.Create(turn, now);
        var reads = CoachingTurnWriter.ReadsFor(turn, key);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await turns.BeginAsync(key, reads, cancellationToken);
            try
            {
                var written = await writer.WriteAsync(transaction, turn, key, input, now, cancellationToken);
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
