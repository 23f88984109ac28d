using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Understanding;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs.Flows;

/// <summary>A service from "Nueva atención" to its end: the live checklist, the customer's temperament, and the close.</summary>
public static class SessionFlow
{
    public static TurnOutcome Start(DialogTurn turn)
    {
        if (turn.OpenSession is not null)
        {
            var question = turn.Texts[TextKeys.SessionReplacePrompt];
            return turn.Reply(
                turn.State with { Prompt = new DialogFrame(DialogFlows.ReplaceSession) },
                turn.Session,
                Reply.Show(YesNoCard.Create(turn.Texts, question)));
        }

        var session = Open(turn);
        // The checklist asks "¿Cómo está el cliente?": the next description typed is read as the mood first.
        var state = turn.State with { ActiveSessionId = session.Id, Temperament = Temperament.Any, Moment = Moment.Greeting, Prompt = new DialogFrame(DialogFlows.Mood) };
        return turn.Reply(
            state,
            session,
            Reply.Say(turn.Texts[TextKeys.ConfirmServiceStarted]),
            Reply.Show(ChecklistCard.Create(turn.Texts, session, state.Temperament, state.ServiceChannel)));
    }

    /// <summary>The answer to "end the open service and start a new one?".</summary>
    public static TurnOutcome AnswerReplace(DialogTurn turn, bool? yes)
    {
        if (yes is null)
        {
            return MenuFlow.Reprompt(turn, Reply.Show(YesNoCard.Create(turn.Texts, turn.Texts[TextKeys.SessionReplacePrompt])));
        }

        var cleared = turn with { State = turn.State with { Prompt = null } };
        if (yes == false)
        {
            return cleared.Reply(cleared.State, turn.Session, Reply.Show(ChecklistCard.Create(turn.Texts, turn.OpenSession!, turn.State.Temperament, turn.State.ServiceChannel)));
        }

        var ended = End(cleared);
        var started = Start(cleared with { State = ended.State, Session = ended.Session });
        return started with { Replies = [.. ended.Replies, .. started.Replies], Effects = [.. ended.Effects, .. started.Effects], ClosedSession = ended.Session };
    }

    public static TurnOutcome Tick(DialogTurn turn)
    {
        if (turn.OpenSession is not { } session)
        {
            return MenuFlow.NoActiveService(turn);
        }

        var stepId = turn.Input.DataString("stepId");
        if (stepId is null || !turn.Content.StepsById.ContainsKey(stepId))
        {
            return turn.Reply(Reply.Replace(ChecklistCard.Create(turn.Texts, session, turn.State.Temperament, turn.State.ServiceChannel)));
        }

        // The button says what to set, so a press that runs twice (a redelivery, a retried turn) cannot undo itself;
        // a card sent before buttons carried "done" still toggles.
        var isDone = session.Checklist.Any(m => m.StepId == stepId);
        var done = turn.Input.DataString("done") switch
        {
            "true" => true,
            "false" => false,
            _ => !isDone,
        };
        var ticked = done == isDone ? session
            : done ? session with { Checklist = [.. session.Checklist, new ChecklistMark(stepId, turn.Now)] }
            : session with { Checklist = [.. session.Checklist.Where(m => m.StepId != stepId)] };
        return turn.Reply(turn.State, ticked, Reply.Replace(ChecklistCard.Create(turn.Texts, ticked, turn.State.Temperament, turn.State.ServiceChannel)));
    }

    public static TurnOutcome SetTemperament(DialogTurn turn, Temperament temperament) => Described(
        turn,
        turn.State with { Temperament = temperament, Prompt = turn.State.Prompt is { Flow: DialogFlows.Mood } ? null : turn.State.Prompt },
        turn.OpenSession is { } open ? open with { Temperament = temperament.ToString().ToLowerInvariant() } : turn.Session);

    /// <summary>In person, by phone or by chat: the checklist shows it and the phrases follow it.</summary>
    public static TurnOutcome SetChannel(DialogTurn turn, Channel channel) => Described(
        turn,
        turn.State with { ServiceChannel = channel },
        turn.OpenSession is { } open ? open with { ServiceChannel = ChannelName(channel) } : turn.Session);

    /// <summary>The customer or the channel described anew: the open checklist shows it, and phrases that fit it follow.</summary>
    private static TurnOutcome Described(DialogTurn turn, CoachingState state, ServiceSession? session)
    {
        var phrases = PhrasesFlow.Show(turn with { State = state, Session = session }, state.Moment, more: false);
        var replies = session is { EndedAt: null }
            ? [Reply.Replace(ChecklistCard.Create(turn.Texts, session, state.Temperament, state.ServiceChannel)), .. phrases.Replies]
            : phrases.Replies;
        return phrases with { Session = session, Replies = replies };
    }

    private static string ChannelName(Channel channel) => channel switch
    {
        Channel.InPerson => "in-person",
        _ => channel.ToString().ToLowerInvariant(),
    };

    public static TurnOutcome End(DialogTurn turn)
    {
        if (turn.OpenSession is not { } open)
        {
            return MenuFlow.NoActiveService(turn);
        }

        var session = open with { EndedAt = turn.Now };
        var closing = Phrases(turn, Moment.Closing, 1).Concat(Phrases(turn, Moment.Farewell, 2)).ToList();
        var state = turn.State with { ActiveSessionId = null, Prompt = null, Temperament = Temperament.Any, Moment = Moment.Greeting };
        return turn.Reply(state, session, Reply.Show(SessionSummaryCard.Create(turn.Texts, session, closing)))
            .WithEffects(new CancelWaitingReminders(session.Id, null), new ServiceEnded(session.Id));
    }

    /// <summary>Opens a session for this turn (also when a customer arrives before "Nueva atención" was tapped).</summary>
    public static ServiceSession Open(DialogTurn turn) => new()
    {
        Id = SessionIds.For(turn.Input.ConversationId, turn.Input.ActivityId),
        AgentId = turn.Input.UserId,
        ConversationId = turn.Input.ConversationId,
        StartedAt = turn.Now,
        ServiceChannel = ChannelName(turn.State.ServiceChannel),
        ContentVersion = turn.Content.Version.Hash,
    };

    private static IEnumerable<Phrase> Phrases(DialogTurn turn, Moment moment, int count) =>
        Coaching.PhraseSuggester.Suggest(turn.Content.Phrases, PhrasesFlow.Query(turn, moment), turn.State.RotationOf(PhrasesFlow.RotationKey(turn, moment)), count);

    internal static bool? YesNo(DialogTurn turn) =>
        turn.Input.DataString("answer") is { } answer ? answer == "yes" : UnderstandingModels.For(turn.Content).YesNo.Recognize(turn.Input.Text);
}
