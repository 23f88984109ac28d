using ServiceBot.Localization;

namespace ServiceBot.Storage;

/// <summary>A customer's answer to the post-service survey. One per service session.</summary>
public sealed record FeedbackResponse
{
    public required string ServiceSessionId { get; init; }

    public required string AgentId { get; init; }

    /// <summary>The agent's Entra object id, when the channel gave one (for "my results" on the web).</summary>
    public string? AgentObjectId { get; init; }

    public string? TeamId { get; init; }

    /// <summary>Satisfaction, 1 to 5.</summary>
    public required int Rating { get; init; }

    /// <summary>What stood out (content aspect ids such as kindness, promptness).</summary>
    public IReadOnlyList<string> Aspects { get; init; } = [];

    /// <summary>The optional effort answer, 1 (strongly disagree that it was easy) to 7 (strongly agree).</summary>
    public int? Effort { get; init; }

    /// <summary>Free text; blanked by the retention purge while the rating stays.</summary>
    public string? Comment { get; init; }

    public required Language Language { get; init; }

    public required FeedbackSource Source { get; init; }

    /// <summary>Where the service happened (in-person, phone, chat: content ids), if known.</summary>
    public string? ServiceChannel { get; init; }

    /// <summary>The content version the survey was given under.</summary>
    public string? ContentVersion { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
}
