using System.Net;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>How one try at an outbox row ended.</summary>
public enum OutboxDelivery
{
    Sent,

    /// <summary>It failed for now; it is back in the outbox with its next attempt time.</summary>
    RetryLater,

    /// <summary>The channel refused it for good (403, another 4xx, a serviceUrl that may not have the token), or it kept failing.</summary>
    GivenUp,

    /// <summary>
    /// The outcome could not be written (the database is unreachable, or this instance is shutting down): the row
    /// stays held, and is sent again once the hold expires.
    /// </summary>
    Unrecorded,
}

/// <summary>
/// Delivers outbox rows through an <see cref="IReplyChannel"/> and records the result: sent; given up when the channel
/// refuses for good or after <see cref="OutboxOptions.MaxAttempts"/>; otherwise (5xx, 408, 429, a timeout, a dropped
/// connection) back in the outbox after a backoff that doubles from <see cref="OutboxOptions.RetryBaseDelay"/> and
/// yields to a longer Retry-After. An update of the clicked card that the channel refuses is sent as a new message.
/// A turn's rows go in order: the first that must wait stops the rest, which wait behind it. When a row that carries the
/// live card is sent as a new message, the id in the channel's answer becomes the live card's (<see cref="LiveCardStore"/>),
/// so the next turn updates that message, also when the send went through only on a retry; the same goes for the
/// features that keep a posted message's id (<see cref="IOutboxPostedListener"/>: the survey card). A sent row is marked sent
/// with the others sent at about the same moment (<see cref="OutboxSentMarks"/>), not in a write of its own.
/// </summary>
public sealed class OutboxSender(
    IOutboxStore outbox,
    OutboxSentMarks sentMarks,
    LiveCardStore liveCards,
    IEnumerable<IOutboxPostedListener> postedListeners,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    private readonly IOutboxPostedListener[] listeners = [.. postedListeners];

    /// <summary>Sends one turn's rows in order; returns how many were sent. Never throws for a failed send.</summary>
    public async Task<int> SendInOrderAsync(IReplyChannel channel, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sent = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var delivery = await DeliverAsync(channel, rows[i], cancellationToken);
            sent += delivery == OutboxDelivery.Sent ? 1 : 0;
            if (delivery == OutboxDelivery.RetryLater)
            {
                await RecordAsync(rows[i].Id, () => outbox.ReleaseAsync(rows.Skip(i + 1).Select(r => r.Id), CancellationToken.None));
                break;
            }

            if (delivery == OutboxDelivery.Unrecorded)
            {
                // Nothing can be recorded now: the rest waits for its hold to expire rather than go out unrecorded.
                break;
            }
        }

        return sent;
    }

    /// <summary>Tries one row once (the connector's own short retries aside) and records how it went.</summary>
    public async Task<OutboxDelivery> DeliverAsync(IReplyChannel channel, OutboxMessage row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(row);
        var settings = options.Value;
        try
        {
            var posted = await SendAsync(channel, row, cancellationToken);
            ProactiveLog.ReplySent(logger, row.Id);
            await RecordLiveCardAsync(row, posted);
            await TellListenersAsync(row, posted);
            sentMarks.Add(row.Id, time.GetUtcNow());
            return OutboxDelivery.Sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (IsPermanent(ex) || row.Attempts >= settings.MaxAttempts)
            {
                ProactiveLog.ReplyGivenUp(logger, ex, row.Id, row.Attempts);
                return await RecordAsync(row.Id, () => outbox.GiveUpAsync(row.Id, time.GetUtcNow(), CancellationToken.None))
                    ? OutboxDelivery.GivenUp
                    : OutboxDelivery.Unrecorded;
            }

            var next = time.GetUtcNow() + Backoff(row.Attempts, ex, settings);
            ProactiveLog.ReplyFailed(logger, ex, row.Id, row.Attempts, settings.MaxAttempts, next);
            return await RecordAsync(row.Id, () => outbox.RetryLaterAsync(row.Id, next, CancellationToken.None))
                ? OutboxDelivery.RetryLater
                : OutboxDelivery.Unrecorded;
        }
    }

    /// <summary>The channel will never take it: blocked (403), any other refusal but 408/412/429, or a serviceUrl the token may not go to.</summary>
    public static bool IsPermanent(Exception exception) => exception switch
    {
        UntrustedServiceUrlException => true,
        ConnectorException { StatusCode: var status } => IsRefusal(status),
        _ => false,
    };

    private static bool IsRefusal(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests);

    private TimeSpan Backoff(int attempts, Exception exception, OutboxOptions settings)
    {
        var doubling = settings.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var wait = doubling < settings.RetryMaxDelay ? doubling : settings.RetryMaxDelay;
        var asked = exception switch
        {
            ConnectorException { RetryAfter: { } delta } => delta,
            ConnectorException { RetryAt: { } at } => at - time.GetUtcNow(),
            _ => TimeSpan.Zero,
        };
        return asked > wait ? asked : wait;
    }

    /// <summary>The id of the message a send posted; null when the row updated its target in place.</summary>
    private async Task<string?> SendAsync(IReplyChannel channel, OutboxMessage row, CancellationToken cancellationToken)
    {
        var activity = row.Activity;
        var conversation = new ConversationReference
        {
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Bot = activity.From,
            User = activity.Recipient,
            ServiceUrl = row.ServiceUrl,
            Locale = activity.Locale,
        };
        if (row.Kind == OutboxKind.Update)
        {
            try
            {
                await channel.UpdateAsync(conversation, row.TargetActivityId!, activity, row.ActivityJson, cancellationToken);
                return null;
            }
            catch (ConnectorException ex) when (IsRefusal(ex.StatusCode))
            {
                // The clicked message is gone or cannot be edited: the new card is sent instead.
                ProactiveLog.ReplyUpdateFellBack(logger, row.Id, ex.Message);
            }
        }

        return (await channel.SendAsync(conversation, activity, row.ActivityJson, cancellationToken)).Id;
    }

    /// <summary>
    /// Notes where a live card went. The card is already in the chat: a failure to note it is logged, never retried as a
    /// send (that would post the card twice); the next turn then sends the card anew.
    /// </summary>
    private async Task RecordLiveCardAsync(OutboxMessage row, string? postedId)
    {
        if (row.LiveCardKey is not { } key || postedId is not { Length: > 0 } id)
        {
            return;
        }

        await RecordAsync(row.Id, () => liveCards.SetAsync(key, id, CancellationToken.None));
    }

    /// <summary>Tells the features that keep posted ids; as for the live card, a failure is logged, never retried as a send.</summary>
    private async Task TellListenersAsync(OutboxMessage row, string? postedId)
    {
        if (postedId is not { Length: > 0 } id)
        {
            return;
        }

        foreach (var listener in listeners)
        {
            await RecordAsync(row.Id, () => listener.PostedAsync(row, id, CancellationToken.None));
        }
    }

    private async Task<bool> RecordAsync(string id, Func<Task> record)
    {
        try
        {
            await record();
            return true;
        }
        catch (Exception ex)
        {
            ProactiveLog.ReplyRecordFailed(logger, ex, id);
            return false;
        }
    }
}
