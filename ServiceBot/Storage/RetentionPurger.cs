using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Storage;

/// <summary>
/// Applies <see cref="RetentionOptions"/> once: blanks old feedback comments, deletes old service sessions and, with
/// the same cutoff as sessions, the scheduled messages sent (or stale) before it; and, always, the processed-activity
/// records and finished outbox replies older than <see cref="RetentionOptions.ProcessedActivityHours"/>.
/// </summary>
internal sealed class RetentionPurger(
    IFeedbackStore feedback,
    IServiceSessionStore sessions,
    IScheduledMessageStore scheduledMessages,
    Sql.SqlProcessedActivityStore processedActivities,
    IOutboxStore outbox,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RetentionPurger> logger)
{
    public async Task<RetentionPurgeResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value.Retention;
        var now = time.GetUtcNow();
        var commentCutoff = Cutoff(now, retention.FeedbackCommentDays);
        var sessionCutoff = Cutoff(now, retention.SessionDays);

        var comments = commentCutoff is { } c ? await feedback.PurgeCommentsBeforeAsync(c, cancellationToken) : 0;
        var deleted = sessionCutoff is { } s ? await sessions.PurgeStartedBeforeAsync(s, cancellationToken) : 0;
        var messages = sessionCutoff is { } m ? await scheduledMessages.PurgeBeforeAsync(m, cancellationToken) : 0;
        var deliveryCutoff = now.AddHours(-retention.ProcessedActivityHours);
        var deliveries = await processedActivities.PurgeBeforeAsync(deliveryCutoff, cancellationToken)
            + await outbox.PurgeBeforeAsync(deliveryCutoff, cancellationToken);
        StorageLog.RetentionPurged(logger, comments, commentCutoff, deleted, sessionCutoff);
        if (deliveries > 0)
        {
            StorageLog.DeliveryRecordsPurged(logger, deliveries, deliveryCutoff);
        }

        if (messages > 0)
        {
            StorageLog.ScheduledMessagesPurged(logger, messages, sessionCutoff);
        }

        return new RetentionPurgeResult(comments, commentCutoff, deleted, sessionCutoff)
        {
            ScheduledMessagesDeleted = messages,
            DeliveryRecordsDeleted = deliveries,
        };
    }

    private static DateTimeOffset? Cutoff(DateTimeOffset now, int? days) => days is { } d ? now.AddDays(-d) : null;
}
