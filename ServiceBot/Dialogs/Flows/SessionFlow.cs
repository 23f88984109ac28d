using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Understanding;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// A service from "Nueva atención" to its end on one live card: the protocol by moment (arrival → service → close,
/// one tap moves on and records the moment's steps), the customer's mood and register, the channel, and the close.
/// </summary>
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
        var effects = new List<TurnEffect>();

        // "Atender al siguiente" from a closed service: the customer who waited is served now, and anyone still
        // waiting comes along to the new service.
        if (turn.Session is { EndedAt: not null } previous)
        {
            var next = turn.Input.DataInt("customer");
            var carried = previous.WaitingCustomers.Select((w, i) => (w, i)).Where(x => x.w.AttendedAt is null && x.i != next).Select(x => x.w).ToList();
            if (next is { } n && n >= 0 && n < previous.WaitingCustomers.Count)
            {
                effects.Add(new CancelWaitingReminders(previous.Id, n));
            }

            session = session with { WaitingCustomers = [.. carried] };
        }

        // The register goes back to the default for each new customer; the mood is asked anew.
        var state = turn.State with
        {
            ActiveSessionId = session.Id,
            Temperament = Temperament.Any,
            Register = turn.Content.Settings.DefaultRegister,
            Moment = Moment.Greeting,
            Stage = ServiceStage.Arrival,
            Mode = LiveMode.Service,
            Note = null,
            Draft = null,
            Prompt = new DialogFrame(DialogFlows.Mood),
        };
        var started = ShiftFlow.ServiceStarted(turn with { State = state, Session = session });
        var outcome = LiveView.Show(started, bringToBottom: true) with { Agent = started.Input.Agent };
        return effects.Count > 0 ? outcome.WithEffects([.. effects]) : outcome;
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
            return LiveView.Show(cleared, bringToBottom: true);
        }

        var ended = End(cleared);
        var started = Start(cleared with { State = ended.State, Session = ended.Session });
        return started with { Effects = [.. ended.Effects, .. started.Effects], ClosedSession = ended.Session };
    }

    /// <summary>Ticking a step stays possible and idempotent: a step is marked once, whatever the taps.</summary>
    public static TurnOutcome Tick(DialogTurn turn)
    {
        if (turn.OpenSession is not { } session)
        {
            return MenuFlow.NoActiveService(turn);
        }

        var stepId = turn.Input.DataString("stepId");
        var ticked = stepId is not null && turn.Content.StepsById.ContainsKey(stepId) ? Marked(session, [stepId], turn.Now) : session;
        return LiveView.Show(turn with { Session = ticked });
    }

    /// <summary>"Siguiente": the moment's steps are recorded as done and the card moves to the next moment.</summary>
    public static TurnOutcome NextStage(DialogTurn turn)
    {
        if (turn.OpenSession is not { } session)
        {
            return MenuFlow.NoActiveService(turn);
        }

        if (turn.State.Stage == ServiceStage.Close)
        {
            return End(turn);
        }

        var done = Marked(session, LiveView.StageSteps(turn.Content, turn.State.Stage).Select(s => s.Id), turn.Now);
        var stage = turn.State.Stage + 1;
        var movedOn = ShiftFlow.MovedOn(turn);
        return LiveView.Show(movedOn with { State = WithStage(turn.State, stage), Session = done }) with { Agent = movedOn.Input.Agent };
    }

    /// <summary>A moment tapped on the card: go there (back or forward) without recording anything.</summary>
    public static TurnOutcome SetStage(DialogTurn turn) =>
        turn.OpenSession is null
            ? MenuFlow.NoActiveService(turn)
            : LiveView.Show(turn with { State = WithStage(turn.State, turn.Input.DataEnum<ServiceStage>("stage") ?? turn.State.Stage) });

    private static CoachingState WithStage(CoachingState state, ServiceStage stage) =>
        state with { Stage = stage, Moment = LiveView.MomentOf(stage, state.Temperament), Mode = LiveMode.Service, Note = null, Prompt = null };

    public static ServiceSession Marked(ServiceSession session, IEnumerable<string> stepIds, DateTimeOffset now)
    {
        var missing = stepIds.Where(id => session.Checklist.All(m => m.StepId != id)).ToList();
        return missing.Count == 0 ? session : session with { Checklist = [.. session.Checklist, .. missing.Select(id => new ChecklistMark(id, now))] };
    }

    public static TurnOutcome SetTemperament(DialogTurn turn, Temperament temperament) => Described(
        turn,
        turn.State with
        {
            Temperament = temperament,
            Moment = LiveView.MomentOf(turn.State.Stage, temperament),
            Prompt = turn.State.Prompt is { Flow: DialogFlows.Mood } ? null : turn.State.Prompt,
        },
        turn.OpenSession is { } open ? open with { Temperament = temperament.ToString().ToLowerInvariant() } : turn.Session);

    /// <summary>In person, by phone or by chat: the card shows it and the phrases follow it.</summary>
    public static TurnOutcome SetChannel(DialogTurn turn, Channel channel) => Described(
        turn,
        turn.State with { ServiceChannel = channel },
        turn.OpenSession is { } open ? open with { ServiceChannel = ChannelName(channel) } : turn.Session);

    /// <summary>The customer or the channel described anew: the live card's service view shows it, with phrases that fit.</summary>
    private static TurnOutcome Described(DialogTurn turn, CoachingState state, ServiceSession? session)
    {
        var described = turn with { State = state with { Mode = session is { EndedAt: null } ? LiveMode.Service : LiveMode.Phrases, Note = null }, Session = session };
        return LiveView.Show(described);
    }

    private static string ChannelName(Channel channel) => channel switch
    {
        Channel.InPerson => "in-person",
        _ => channel.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The service closed and recorded; the live card shows its summary, and whoever is still waiting stays on it with
    /// one tap to serve them next (their reminders keep running until then).
    /// </summary>
    public static TurnOutcome End(DialogTurn turn)
    {
        if (turn.OpenSession is not { } open)
        {
            return MenuFlow.NoActiveService(turn);
        }

        var closeSteps = turn.State.Stage == ServiceStage.Close ? LiveView.StageSteps(turn.Content, ServiceStage.Close).Select(s => s.Id) : [];
        var session = Marked(open, closeSteps, turn.Now) with { EndedAt = turn.Now };
        var state = turn.State with { Prompt = null, Mode = LiveMode.Closed, Temperament = Temperament.Any, Moment = Moment.Farewell, Note = null, Draft = null };
        var waiting = session.WaitingCustomers.Any(w => w.AttendedAt is null);
        var outcome = LiveView.Show(turn with { State = state, Session = session });
        return waiting
            ? outcome.WithEffects(new ServiceEnded(session.Id))
            : outcome.WithEffects(new CancelWaitingReminders(session.Id, null), new ServiceEnded(session.Id));
    }

    /// <summary>"◂ Volver": the service at a glance (or, with no service, where the agent was).</summary>
    public static TurnOutcome Back(DialogTurn turn) =>
        LiveView.Show(turn with { State = turn.State with { Mode = turn.OpenSession is null && turn.Session is { EndedAt: not null } ? LiveMode.Closed : LiveMode.Service, Prompt = turn.State.Prompt is { Flow: DialogFlows.Mood } ? turn.State.Prompt : null, Draft = null } });

    /// <summary>"ver atención": the live card comes back to the bottom of the chat, as it is.</summary>
    public static TurnOutcome ShowLive(DialogTurn turn) =>
        turn.OpenSession is null && turn.Session is null
            ? MenuFlow.NoActiveService(turn)
            : LiveView.Show(turn with { State = turn.State with { Note = null } }, bringToBottom: true);

    /// <summary>"¿Por qué?": what the moment is for and the foundations behind it.</summary>
    public static TurnOutcome Why(DialogTurn turn) =>
        LiveView.Show(turn with { State = turn.State with { Mode = LiveMode.Why } });

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

    internal static bool? YesNo(DialogTurn turn) =>
        turn.Input.DataString("answer") is { } answer ? answer == "yes" : UnderstandingModels.For(turn.Content).YesNo.Recognize(turn.Input.Text);
}
