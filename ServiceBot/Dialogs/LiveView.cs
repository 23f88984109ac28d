using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Flows;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>
/// Draws the live card for a turn's new state and session: the dialog decides the mode and what it holds, and this
/// works out what the mode shows (the moment's steps and phrases, who waits, the guide's step, the review) and hands
/// it to the card builders in Cards/. The same state always draws the same card, so any turn can draw it again.
/// </summary>
public static class LiveView
{
    public const int ServicePhrases = 2;

    /// <summary>The turn's outcome with the live card drawn for <paramref name="turn"/>'s state and session.</summary>
    public static TurnOutcome Show(DialogTurn turn, bool bringToBottom = false, params Reply[] before) =>
        TurnOutcome.Of(turn.State, turn.Session, [.. before, Reply.Live(Render(turn), bringToBottom, bringToBottom ? LiveParts.MovedDown(turn.Texts) : null)]);

    public static JsonObject Render(DialogTurn turn)
    {
        var state = turn.State;
        return state.Mode switch
        {
            LiveMode.Phrases => PhrasesCard.Create(turn.Texts, state.Moment, PhrasesFlow.Suggest(turn, state.Moment, PhrasesFlow.PhrasesPerCard), state.Register),
            LiveMode.Chooser => PlaybookChooserCard.Create(turn.Texts),
            LiveMode.Playbook when PlaybookFlow.Current(turn) is var (frame, playbook) =>
                PlaybookStepCard.Create(turn.Texts, playbook, frame.Step, state.Register, WhyOf(turn, playbook)),
            LiveMode.Waiting when turn.OpenSession is { WaitingCustomers.Count: > 0 } session =>
                WaitingCard.Create(turn.Texts, session.WaitingCustomers.Count - 1, WaitingFlow.ArrivalPhrases(turn), turn.Content.Settings.WaitingReminderMinutes),
            LiveMode.Draft => DraftPromptCard.Create(turn.Texts),
            LiveMode.Review when state.Draft is { } draft =>
                DraftReviewCard.Create(turn.Texts, DraftFlow.ReviewOf(turn, draft)),
            LiveMode.Why => WhyCard.Create(turn.Texts, turn.Texts.Stage(state.Stage), StageSteps(turn.Content, state.Stage), WhyFoundations(turn.Content, state.Stage)),
            _ when turn.OpenSession is { } open => ServiceCard.Create(turn.Texts, ServiceViewOf(turn, open)),
            _ when turn.Session is { EndedAt: not null } ended => Closed(turn, ended),
            _ => MenuCard.Create(turn.Texts),
        };
    }

    public static ServiceView ServiceViewOf(DialogTurn turn, ServiceSession session)
    {
        var state = turn.State;
        return new ServiceView(
            (int)(turn.Now - session.StartedAt).TotalMinutes,
            state.Stage,
            StageSteps(turn.Content, state.Stage),
            state.Temperament,
            state.Register,
            state.ServiceChannel,
            StagePhrases(turn),
            Waiting(turn, session),
            state.Note,
            state.Temperament == Temperament.Upset ? turn.Content.PlaybooksById.GetValueOrDefault(UpsetPlaybookId) : null,
            ShowsShiftCheck(turn) ? ShiftCheckPoints(turn.Content) : null);
    }

    /// <summary>
    /// The shift's self-check is for before the first customer: shown at arrival until it is answered, and gone once the
    /// service is under way (a mood chosen, a guide's note), which the agent would not stop for.
    /// </summary>
    private static bool ShowsShiftCheck(DialogTurn turn) =>
        turn.Input.Agent.ShiftCheckPending && turn.State is { Stage: ServiceStage.Arrival, Temperament: Temperament.Any, Note: null };

    /// <summary>The once-per-shift self-check's points: the protocol steps marked <c>shiftCheck</c>, in order.</summary>
    public static IReadOnlyList<ProtocolStep> ShiftCheckPoints(ContentSnapshot content) =>
        [.. content.Protocol.Where(step => step.ShiftCheck).OrderBy(step => step.Order)];

    /// <summary>The guide offered in one tap when the customer is upset.</summary>
    public const string UpsetPlaybookId = "angry";

    /// <summary>The protocol's steps at a moment: arrival (start), service (during), close.</summary>
    public static IReadOnlyList<ProtocolStep> StageSteps(ContentSnapshot content, ServiceStage stage) =>
        [.. content.Protocol.Where(step => step.Phase == PhaseOf(stage)).OrderBy(step => step.Order)];

    public static ProtocolPhase PhaseOf(ServiceStage stage) => stage switch
    {
        ServiceStage.Service => ProtocolPhase.During,
        ServiceStage.Close => ProtocolPhase.Close,
        _ => ProtocolPhase.Start,
    };

    /// <summary>The phrases' moment for a service moment and mood: an upset customer hears an apology while being served.</summary>
    public static Moment MomentOf(ServiceStage stage, Temperament mood) => stage switch
    {
        ServiceStage.Service when mood == Temperament.Upset => Moment.Apology,
        ServiceStage.Service => Moment.Listening,
        ServiceStage.Close => Moment.Closing,
        _ => Moment.Greeting,
    };

    private static IReadOnlyList<Phrase> StagePhrases(DialogTurn turn)
    {
        if (turn.State.Stage == ServiceStage.Close)
        {
            return [.. PhrasesFlow.Suggest(turn, Moment.Closing, 1), .. PhrasesFlow.Suggest(turn, Moment.Farewell, 1)];
        }

        return PhrasesFlow.Suggest(turn, MomentOf(turn.State.Stage, turn.State.Temperament), ServicePhrases);
    }

    public static IReadOnlyList<WaitingLine> Waiting(DialogTurn turn, ServiceSession session) =>
        [.. session.WaitingCustomers
            .Select((w, i) => (w, i))
            .Where(x => x.w.AttendedAt is null)
            .Select(x => new WaitingLine(x.i, (int)(turn.Now - x.w.ArrivedAt).TotalMinutes))];

    private static IReadOnlyList<Foundation> WhyFoundations(ContentSnapshot content, ServiceStage stage) =>
        [.. StageSteps(content, stage).SelectMany(s => s.Why).DistinctBy(f => f.Id).Take(2)];

    /// <summary>The why on a guide's first step: for an angry customer, how far a bad experience travels.</summary>
    private static Foundation? WhyOf(DialogTurn turn, Playbook playbook) =>
        turn.Content.FoundationsById.GetValueOrDefault(playbook.Id == UpsetPlaybookId ? "dissatisfied-customer-tells" : "avoid-bad-service");

    private static JsonObject Closed(DialogTurn turn, ServiceSession ended)
    {
        var stagesDone = Enum.GetValues<ServiceStage>()
            .Where(stage => StageSteps(turn.Content, stage).Any(step => ended.Checklist.Any(m => m.StepId == step.Id)))
            .ToList();
        var closing = PhrasesFlow.Suggest(turn, Moment.Farewell, 1);
        var next = Waiting(turn, ended) is [var first, ..] ? first : null;
        var yourTurn = next is null ? null : WaitingFlow.YourTurn(turn);
        return SessionSummaryCard.Create(turn.Texts, ended, closing, stagesDone, next, yourTurn);
    }
}
