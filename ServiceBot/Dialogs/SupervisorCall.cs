using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Dialogs;

/// <summary>
/// One call for help as the supervisors see it: the context, where the agent works, whom it went to (object ids),
/// how to reach the agent back (their chat's reference, serviceUrl and its provenance), and who answered "voy para allá".
/// </summary>
public sealed record SupervisorCall(
    string Id,
    SupervisorCallContext Context,
    DateTimeOffset? SessionStartedAt,
    string? Place,
    IReadOnlyList<string> Supervisors,
    ConversationReference Agent,
    ServiceUrlProvenance AgentProvenance)
{
    /// <summary>Who said "voy para allá" first (their name as Teams gives it), or null while nobody has.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The object id of who answered, so their own second press is recognised as theirs.</summary>
    public string? AnsweredById { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public bool IsOpen => AnsweredAt is null;

    /// <summary>Whole minutes since the call, never negative.</summary>
    public int MinutesSince(DateTimeOffset now) => Math.Max(0, (int)(now - Context.At).TotalMinutes);

    public bool WentTo(string? objectId) =>
        objectId is not null && Supervisors.Contains(objectId, StringComparer.OrdinalIgnoreCase);
}
