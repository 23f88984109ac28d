using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>Everything one turn of the coaching dialog reads: the state, the open session, the input, the time and the content.</summary>
public sealed record DialogTurn(CoachingState State, ServiceSession? Session, TurnInput Input, DateTimeOffset Now, ContentSnapshot Content)
{
    public CardTexts Texts { get; } = new(Content, Input.Language, Input.Locale, Input.Agent.Gender);

    public TimeOfDay TimeOfDay => Content.Settings.TimeOfDayAt(TimeOnly.FromDateTime(Input.LocalTime.Local.DateTime));

    /// <summary>The session, when one is open (started and not ended).</summary>
    public ServiceSession? OpenSession => Session is { EndedAt: null } ? Session : null;

    /// <summary>The agent's local date (the tip of the day changes with it).</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(Input.LocalTime.Local.DateTime);

    /// <summary>This turn with the agent's profile as changed by it, so what it draws already shows the change.</summary>
    public DialogTurn WithAgent(AgentProfile agent) => new(State, Session, Input with { Agent = agent }, Now, Content);

    public TurnOutcome Reply(params Reply[] replies) => TurnOutcome.Of(State, Session, replies);

    public TurnOutcome Reply(CoachingState state, ServiceSession? session, params Reply[] replies) => TurnOutcome.Of(state, session, replies);
}
