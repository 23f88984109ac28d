using Microsoft.Extensions.Options;
using ServiceBot.Hosting;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// Sends the scheduled messages that fell due, every <see cref="ProactiveOptions.PollInterval"/>. Delivery is at
/// least once: a message is claimed, sent, then marked sent; an instance that dies in between leaves the claim to
/// expire and the message to be sent again. A 403, a missing conversation reference, or one that may not be sent the
/// bot's token (recorded in local mode), drops the message; any other
/// failure is retried after <see cref="ProactiveOptions.ClaimTimeout"/>, up to <see cref="ProactiveOptions.MaxAttempts"/>
/// attempts, then given up with an error in the log.
/// </summary>
public sealed class ScheduledMessageDispatcher(
    IScheduledMessageStore messages,
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<ScheduledMessageDispatcher> logger) : PollingDispatcher(time)
{
    private enum Outcome
    {
        Sent,
        Dropped,
        Retry,
    }

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>One tick: claims and sends everything due now; returns how many messages were delivered.</summary>
    public override async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delivered = 0;
        IReadOnlyList<ScheduledMessage> batch;
        do
        {
            batch = await messages.ClaimDueAsync(Time.GetUtcNow(), settings.BatchSize, settings.ClaimTimeout, cancellationToken);
            foreach (var message in batch)
            {
                var outcome = await SendAsync(message, settings, cancellationToken);
                if (outcome != Outcome.Retry)
                {
                    await MarkDoneAsync(message, cancellationToken);
                }

                delivered += outcome == Outcome.Sent ? 1 : 0;
            }
        }
        while (batch.Count == settings.BatchSize);

        return delivered;
    }

    protected override void LogTickFailed(Exception exception, TimeSpan retryIn) => ProactiveLog.DispatchFailed(logger, exception, retryIn);

    private async Task<Outcome> SendAsync(ScheduledMessage message, ProactiveOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var reference = await references.GetAsync(message.ConversationId, message.UserId, cancellationToken);
            if (reference is null)
            {
                ProactiveLog.ScheduledMessageWithoutReference(logger, message.Id, message.UserId, message.ConversationId);
                return Outcome.Dropped;
            }

            await messenger.SendAsync(reference, message.Activity, cancellationToken);
            ProactiveLog.ScheduledMessageSent(logger, message.Id);
            return Outcome.Sent;
        }
        catch (Exception ex) when (ProactiveMessenger.IsBlocked(ex))
        {
            ProactiveLog.ScheduledMessageBlocked(logger, message.Id);
            return Outcome.Dropped;
        }
        catch (Exception ex) when (ProactiveMessenger.IsRefused(ex))
        {
            ProactiveLog.ScheduledMessageRefused(logger, message.Id);
            return Outcome.Dropped;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (message.Attempts >= settings.MaxAttempts)
            {
                ProactiveLog.ScheduledMessageGivenUp(logger, ex, message.Id, message.Attempts);
                return Outcome.Dropped;
            }

            ProactiveLog.ScheduledMessageFailed(logger, ex, message.Id, message.Attempts, settings.MaxAttempts, settings.ClaimTimeout);
            return Outcome.Retry;
        }
    }

    private async Task MarkDoneAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await messages.MarkSentAsync(message.Id, Time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProactiveLog.ScheduledMessageMarkFailed(logger, ex, message.Id);
        }
    }
}
