namespace ServiceBot.Feedback.Results;

/// <summary>
/// Which answers a results view counts: submitted (and services ended) in [<see cref="From"/>, <see cref="To"/>),
/// limited to <see cref="TeamIds"/> when given (a supervisor's teams) and to one agent when <see cref="AgentId"/>
/// (channel user id) or <see cref="AgentObjectId"/> (Entra) is given.
/// </summary>
public sealed record ResultsQuery(DateTimeOffset From, DateTimeOffset To)
{
    public IReadOnlyList<string>? TeamIds { get; init; }

    public string? AgentId { get; init; }

    public string? AgentObjectId { get; init; }

    /// <summary>How many of the latest low scores (1–2) to list with their comments.</summary>
    public int LowScoreLimit { get; init; } = 20;
}
