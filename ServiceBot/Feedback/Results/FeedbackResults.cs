namespace ServiceBot.Feedback.Results;

/// <summary>The results of a period: the whole, by agent, by week (the trend), the aspects praised and the latest low scores.</summary>
public sealed record FeedbackResults(
    ResultsQuery Query,
    ResultsTally Total,
    IReadOnlyList<AgentResults> ByAgent,
    IReadOnlyList<WeekResults> ByWeek,
    IReadOnlyList<AspectCount> Aspects,
    IReadOnlyList<LowScore> LowScores);

/// <summary>One agent's tally, with the name Teams gave when their services ended.</summary>
public sealed record AgentResults(string AgentId, string? AgentName, string? TeamId, ResultsTally Tally);

/// <summary>The week starting <see cref="Start"/> (Monday 00:00 UTC).</summary>
public sealed record WeekResults(DateTimeOffset Start, ResultsTally Tally);

public sealed record AspectCount(string AspectId, long Count);

public sealed record LowScore(string ServiceSessionId, string AgentId, string? AgentName, string? TeamId, int Rating, string? Comment, DateTimeOffset SubmittedAt);
