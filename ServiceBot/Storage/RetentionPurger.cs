using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Storage;

/// <summary>
/// Applies <see cref="RetentionOptions"/> once: blanks old feedback comments, deletes old service sessions and, with
/// the same cutoff as sessions, the scheduled messages sent (or stale) before it.
/// </summary>
internal sealed class RetentionPurger(
    IFeedbackStore feedback,
    IServiceSessionStore sessions,
    IScheduledMessageStore scheduledMessages,
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
        StorageLog.RetentionPurged(logger, comments, commentCutoff, deleted, sessionCutoff);
        if (messages > 0)
        {
            StorageLog.ScheduledMessagesPurged(logger, messages, sessionCutoff);
        }

        return new RetentionPurgeResult(comments, commentCutoff, deleted, sessionCutoff) { ScheduledMessagesDeleted = messages };
    }

    private static DateTimeOffset? Cutoff(DateTimeOffset now, int? days) => days is { } d ? now.AddDays(-d) : null;
}
