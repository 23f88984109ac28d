using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Connector;
using ServiceBot.Hosting;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// Retries, every <see cref="OutboxOptions.PollInterval"/>, the replies that committed turns could not send at once
/// (the channel failed, or the instance died before sending). Delivery is at least once: a row is taken, sent, then
/// marked sent; an instance that dies in between leaves the hold to expire and the row to be sent again. Each reply
/// goes to the serviceUrl its turn came from, with the bot's token only where that serviceUrl's provenance allows.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    OutboxSender sender,
    OutboxSentMarks sentMarks,
    ConnectorClientFactory connectors,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : PollingDispatcher(time)
{
    private const int MaxRoundsPerTick = 100;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>One tick: takes and sends everything due now (a turn's next row once its previous one is sent); returns how many were sent.</summary>
    public override async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;

        // The rows this instance sent are marked first, so none of them is due again here.
        await sentMarks.FlushAsync();
        for (var round = 0; round < MaxRoundsPerTick; round++)
        {
            var batch = await outbox.ClaimDueAsync(Time.GetUtcNow(), settings.BatchSize, settings.HoldFor, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var turn in batch.GroupBy(row => row.TurnId, StringComparer.Ordinal))
            {
                var rows = turn.OrderBy(row => row.Sequence).ToList();
                var channel = new ConnectorReplyChannel(connectors.CreateForStoredServiceUrl(rows[0].ServiceUrl, rows[0].Provenance));
                sent += await sender.SendInOrderAsync(channel, rows, cancellationToken);
            }
        }

        await sentMarks.FlushAsync();
        return sent;
    }

    protected override void LogTickFailed(Exception exception, TimeSpan retryIn) => ProactiveLog.OutboxDispatchFailed(logger, exception, retryIn);
}
