namespace ServiceBot.Feedback.Results;

/// <summary>Aggregates survey answers for the results views (Teams and the dashboard), in the database.</summary>
public interface IFeedbackResultsStore
{
    Task<FeedbackResults> GetAsync(ResultsQuery query, CancellationToken cancellationToken = default);
}
