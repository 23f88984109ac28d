namespace ServiceBot.Storage;

/// <summary>What <see cref="IFeedbackStore.InsertAsync"/> did.</summary>
public enum FeedbackInsertResult
{
    /// <summary>The answer was stored.</summary>
    Recorded,

    /// <summary>The service session already had an answer; nothing was stored (double click, replayed link).</summary>
    AlreadyRecorded,
}
