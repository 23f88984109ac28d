using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage;

/// <summary>The storage area's log events.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applied {Provider} migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, long version, string name, StorageProvider provider);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Storage ready: {Provider} at {Location} ({Applied} migration(s) applied now)")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider, string location, int applied);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Critical, Message = "Storage {Provider} at {Location} is unavailable, stopping: {Reason}")]
    public static partial void StorageUnavailable(ILogger logger, StorageProvider provider, string location, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Retention purge: blanked {Comments} feedback comment(s) submitted before {CommentCutoff:O}, deleted {Sessions} service session(s) started before {SessionCutoff:O}")]
    public static partial void RetentionPurged(ILogger logger, int comments, DateTimeOffset? commentCutoff, int sessions, DateTimeOffset? sessionCutoff);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Retention purge keeps personal data: Storage:Retention:FeedbackCommentDays and Storage:Retention:SessionDays are not set (delivery records are still purged)")]
    public static partial void RetentionOff(ILogger logger);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Retention purge failed; it runs again in {Interval}")]
    public static partial void RetentionPurgeFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Retention purge: deleted {Messages} scheduled message(s) sent or due before {Cutoff:O}")]
    public static partial void ScheduledMessagesPurged(ILogger logger, int messages, DateTimeOffset? cutoff);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Retention purge: deleted {Records} processed-activity record(s) and finished outbox reply(ies) older than {Cutoff:O}")]
    public static partial void DeliveryRecordsPurged(ILogger logger, int records, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "SQLite checkpoint failed; the writer's own checkpoint bounds the WAL until the next one succeeds")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);
}
