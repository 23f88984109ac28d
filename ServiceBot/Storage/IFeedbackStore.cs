namespace ServiceBot.Storage;

/// <summary>Survey answers: at most one per service session, kept for CSAT reports.</summary>
public interface IFeedbackStore
{
    /// <summary>Stores the answer unless its service session already has one; says which happened.</summary>
    /// <exception cref="ArgumentException">A required field is missing or a score is out of range.</exception>
    Task<FeedbackInsertResult> InsertAsync(FeedbackResponse response, CancellationToken cancellationToken = default);

    /// <summary>The answer for a service session, or null.</summary>
    Task<FeedbackResponse?> GetBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default);

    /// <summary>Answers matching <paramref name="query"/>, oldest first.</summary>
    Task<IReadOnlyList<FeedbackResponse>> QueryAsync(FeedbackQuery query, CancellationToken cancellationToken = default);

    /// <summary>Blanks the comments of answers submitted before <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> PurgeCommentsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
