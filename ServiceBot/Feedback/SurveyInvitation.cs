using ServiceBot.Localization;

namespace ServiceBot.Feedback;

/// <summary>
/// The survey offered for one ended service, found by its token's hash. It carries what the answer is about (agent,
/// team, channel, content version) so the answer is stored with it, and where the agent's summary goes.
/// </summary>
public sealed record SurveyInvitation
{
    public required string TokenHash { get; init; }

    public required string ServiceSessionId { get; init; }

    /// <summary>The agent's channel user id.</summary>
    public required string AgentId { get; init; }

    public string? AgentTenantId { get; init; }

    public string? AgentObjectId { get; init; }

    /// <summary>The agent's name as Teams gave it when the service ended (for results and alerts).</summary>
    public string? AgentName { get; init; }

    public string? TeamId { get; init; }

    /// <summary>The agent's conversation with the bot: where the summary of the answer goes.</summary>
    public string? ConversationId { get; init; }

    /// <summary>In person, phone or chat (content ids).</summary>
    public string? ServiceChannel { get; init; }

    /// <summary>The language the survey opens in (the agent's, who serves the customer in it).</summary>
    public required Language Language { get; init; }

    public string? ContentVersion { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>The customer in Teams who alone may answer (their channel id), when the survey went to a Teams chat.</summary>
    public string? CustomerId { get; init; }

    public string? CustomerObjectId { get; init; }

    public string? CustomerName { get; init; }

    /// <summary>The chat where the survey card for <see cref="CustomerId"/> was posted.</summary>
    public string? CustomerConversationId { get; init; }

    /// <summary>The message id of the survey card in <see cref="CustomerConversationId"/>, once the channel gave it.</summary>
    public string? CustomerCardActivityId { get; init; }

    /// <summary>
    /// Whether <paramref name="from"/> is the invited customer: the channel id, or the Entra object id when both sides
    /// have one. Nobody is the customer of a link survey.
    /// </summary>
    public bool IsCustomer(BotFramework.Schema.ChannelAccount? from) =>
        (CustomerId is not null || CustomerObjectId is not null) && from is not null &&
        ((CustomerId is not null && string.Equals(from.Id, CustomerId, StringComparison.Ordinal)) ||
         (CustomerObjectId is not null && string.Equals(from.AadObjectId, CustomerObjectId, StringComparison.OrdinalIgnoreCase)));

    public SurveyState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? SurveyState.Answered : now >= ExpiresAt ? SurveyState.Expired : SurveyState.Open;
}
