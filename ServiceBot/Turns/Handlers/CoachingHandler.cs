using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// Runs a coaching turn: one turn per conversation at a time in this instance; load state and session, run the
/// dialog, save both under their ETags (on a conflict with another instance, reload and run again); then show the
/// replies and carry out the effects, once, after the save.
/// </summary>
public sealed class CoachingHandler(
    CoachingStateStore states,
    IServiceSessionStore sessions,
    SessionWriter sessionWriter,
    ConversationLocks locks,
    ContentStore content,
    TurnInputFactory inputs,
    ITurnEffects effects,
    LiveCardStore liveCards,
    TimeProvider time) : ITurnHandler
{
    private const int MaxAttempts = 5;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id!);
        TurnOutcome outcome;
        using (await locks.AcquireAsync(key, cancellationToken))
        {
            outcome = await RunAndSaveAsync(turn, key, cancellationToken);
        }

        await ReplyDelivery.DeliverAsync(turn, outcome.Replies, new LiveCard(liveCards, key), cancellationToken);
        await effects.RunAsync(turn, outcome, cancellationToken);
    }

    private async Task<TurnOutcome> RunAndSaveAsync(TurnContext turn, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var input = inputs.Create(turn, now);
        for (var attempt = 1; ; attempt++)
        {
            var (state, etag) = await states.LoadAsync(key, cancellationToken);
            var session = state.ActiveSessionId is { } id ? await sessions.GetAsync(id, cancellationToken) : null;
            var outcome = CoachingDialog.NextTurn(state, session, input, now, content.Current);
            try
            {
                await sessionWriter.SaveAsync(null, outcome.ClosedSession, cancellationToken);
                var saved = await sessionWriter.SaveAsync(session, outcome.Session, cancellationToken);
                await states.SaveAsync(key, outcome.State, etag, cancellationToken);
                return outcome with { Session = saved };
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another instance changed this conversation or session meanwhile: run the turn again on fresh data.
            }
        }
    }
}
