using System.Text.Json.Serialization;

namespace ServiceBot.Storage;

/// <summary>
/// One service an agent gave: who, when, how it went. Timings are the start, the end and the time on each
/// checklist mark and waiting customer.
/// </summary>
public sealed record ServiceSession
{
    public required string Id { get; init; }

    /// <summary>The agent's channel user id.</summary>
    public required string AgentId { get; init; }

    public string? TeamId { get; init; }

    /// <summary>The agent's conversation with the bot, for messages about this session.</summary>
    public string? ConversationId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>In person, phone or chat (content ids).</summary>
    public string? ServiceChannel { get; init; }

    /// <summary>The customer's temperament as the agent tapped it (content id), if any.</summary>
    public string? Temperament { get; init; }

    public IReadOnlyList<ChecklistMark> Checklist { get; init; } = [];

    public IReadOnlyList<WaitingCustomer> WaitingCustomers { get; init; } = [];

    /// <summary>The difficult-customer guides (playbook ids) opened during the service, in order, each once.</summary>
    public IReadOnlyList<string> Playbooks { get; init; } = [];

    /// <summary>What the agent noted during the service (a guide's "registre qué falló").</summary>
    public IReadOnlyList<SessionNote> Notes { get; init; } = [];

    /// <summary>The content version the session ran under.</summary>
    public string? ContentVersion { get; init; }

    /// <summary>Set by the store on every read and write; pass it back unchanged to update.</summary>
    [JsonIgnore]
    public string? ETag { get; init; }
}
