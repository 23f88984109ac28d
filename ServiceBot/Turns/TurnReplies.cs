using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// Sends a committed turn's outbox rows through the turn's reply channel, waiting at most
/// <see cref="OutboxOptions.ReplyBudget"/>: the inbound request is answered then, while the sending goes on in the
/// background, and the outbox retries whatever fails.
/// </summary>
public sealed class TurnReplies(OutboxSender sender, ReplySendsInFlight inFlight, IOptions<OutboxOptions> options, TimeProvider time, ILogger<TurnReplies> logger)
{
    public async Task SendAsync(TurnContext turn, IReadOnlyList<OutboxMessage> rows)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (rows.Count == 0)
        {
            return;
        }

        // Not tied to the request: a send that outlasts the budget still finishes and records its outcome.
        var sending = sender.SendInOrderAsync(turn.Replies, rows, CancellationToken.None);
        var budget = options.Value.ReplyBudget;
        try
        {
            await sending.WaitAsync(budget, time);
        }
        catch (TimeoutException)
        {
            TurnsLog.ReplyBudgetSpent(logger, rows.Count, budget);
            inFlight.Track(sending);
        }
    }
}
