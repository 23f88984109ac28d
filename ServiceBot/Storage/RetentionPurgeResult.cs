namespace ServiceBot.Storage;

/// <summary>What one retention purge removed; a null cutoff means that kind of data is kept.</summary>
public sealed record RetentionPurgeResult(
    int CommentsBlanked, DateTimeOffset? CommentCutoff, int SessionsDeleted, DateTimeOffset? SessionCutoff)
{
    /// <summary>Scheduled messages sent, or left unsent, before <see cref="SessionCutoff"/>.</summary>
    public int ScheduledMessagesDeleted { get; init; }

    /// <summary>Processed-activity records and finished outbox replies older than <see cref="RetentionOptions.ProcessedActivityHours"/>.</summary>
    public int DeliveryRecordsDeleted { get; init; }
}
