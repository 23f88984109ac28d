namespace ServiceBot.Storage;

/// <summary>The <c>Storage:Retention</c> section: how long personal data is kept. Null keeps it.</summary>
public sealed class RetentionOptions
{
    public const int MaxDays = 36_500;

    /// <summary>Days after which feedback comments are blanked; ratings stay for the reports.</summary>
    public int? FeedbackCommentDays { get; init; }

    /// <summary>Days after which service sessions are deleted.</summary>
    public int? SessionDays { get; init; }

    /// <summary>
    /// Hours for which a processed activity's record (de-duplication) and a given-up outbox reply are kept (a sent
    /// reply's row is deleted when its mark is written). Teams redelivers within minutes; a redelivery older than this
    /// would run again.
    /// </summary>
    public int ProcessedActivityHours { get; init; } = 24;

    /// <summary>How often the background purge runs.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);
}
