namespace ServiceBot.Storage;

/// <summary>Answers submitted in [<see cref="From"/>, <see cref="To"/>), optionally for one agent and/or team.</summary>
public sealed record FeedbackQuery(DateTimeOffset From, DateTimeOffset To)
{
    public string? AgentId { get; init; }

    public string? TeamId { get; init; }
}
