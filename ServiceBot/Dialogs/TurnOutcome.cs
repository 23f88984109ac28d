using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>The result of one turn: the state to save, the session as it should now be stored, what to show, and what to do next.</summary>
public sealed record TurnOutcome(
    CoachingState State,
    ServiceSession? Session,
    IReadOnlyList<Reply> Replies,
    IReadOnlyList<TurnEffect> Effects)
{
    /// <summary>A session this turn ended before opening another one; it must be saved too.</summary>
    public ServiceSession? ClosedSession { get; init; }

    /// <summary>The agent's profile as it should now be stored; null when the turn left it as it was.</summary>
    public AgentProfile? Agent { get; init; }

    public static TurnOutcome Of(CoachingState state, ServiceSession? session, params Reply[] replies) => new(state, session, replies, []);

    public TurnOutcome WithEffects(params TurnEffect[] effects) => this with { Effects = [.. Effects, .. effects] };

    public TurnOutcome WithReplies(params Reply[] replies) => this with { Replies = [.. Replies, .. replies] };
}
