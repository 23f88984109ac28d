using System.Collections.Frozen;
using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Flows;
using ServiceBot.Storage;
using ServiceBot.Turns;
using ServiceBot.Understanding;

namespace ServiceBot.Dialogs;

/// <summary>
/// The coaching dialog as a function: <c>NextTurn(state, session, input, now, content)</c> returns the new state and
/// session, the replies and the effects, and changes nothing it was given. A button press goes to its verb; typed text
/// goes through the <see cref="Understander"/> once, with the open question as context, and the dialog switches on what
/// it returns: the question's answer, an action (a command, a playbook, a mood or a channel; one that leaves an open
/// question closes it, except help), a "¿Quiso decir…?" card, or the menu with a friendly line.
/// </summary>
public static class CoachingDialog
{
    private static readonly Dictionary<string, Func<DialogTurn, TurnOutcome>> Verbs = new(StringComparer.Ordinal)
    {
        [CoachingVerbs.NewService] = SessionFlow.Start,
        [CoachingVerbs.TickStep] = SessionFlow.Tick,
        [CoachingVerbs.SetTemperament] = turn => turn.Input.DataEnum<Temperament>("temperament") is { } t and not Temperament.Any ? SessionFlow.SetTemperament(turn, t) : MenuFlow.Menu(turn),
        [CoachingVerbs.SetChannel] = turn => turn.Input.DataEnum<Channel>("channel") is { } c and not Channel.Any ? SessionFlow.SetChannel(turn, c) : MenuFlow.Menu(turn),
        [CoachingVerbs.EndService] = SessionFlow.End,
        [CoachingVerbs.Phrases] = PhrasesFlow.FromButton,
        [CoachingVerbs.SetRegister] = PhrasesFlow.SetRegisterFromButton,
        [CoachingVerbs.CustomerArrived] = WaitingFlow.CustomerArrived,
        [CoachingVerbs.CustomerServed] = WaitingFlow.CustomerServed,
        [CoachingVerbs.DifficultCustomer] = PlaybookFlow.Choose,
        [CoachingVerbs.StartPlaybook] = PlaybookFlow.FromButton,
        [CoachingVerbs.NextPlaybookStep] = PlaybookFlow.Next,
        [CoachingVerbs.CallSupervisor] = SupervisorFlow.Call,
        [CoachingVerbs.ReviewDraft] = DraftFlow.Prompt,
        [CoachingVerbs.ReviewDraftText] = turn => DraftFlow.Review(turn, turn.Input.DataString(DraftPromptCard.DraftInputId) ?? string.Empty),
        [CoachingVerbs.Answer] = AnswerPrompt,
        [CoachingVerbs.Understood] = ActOnOption,
        [CoachingVerbs.Cancel] = MenuFlow.Cancel,
        [CoachingVerbs.NextStage] = SessionFlow.NextStage,
        [CoachingVerbs.SetStage] = SessionFlow.SetStage,
        [CoachingVerbs.Back] = SessionFlow.Back,
        [CoachingVerbs.ShowLive] = SessionFlow.ShowLive,
        [CoachingVerbs.Why] = SessionFlow.Why,
        [CoachingVerbs.ShiftCheck] = ShiftFlow.Answer,
        [CardVerbs.Help] = MenuFlow.Help,
        [CardVerbs.Menu] = MenuFlow.Menu,
    };

    private static readonly Dictionary<string, Func<DialogTurn, Understood, TurnOutcome>> Commands = new(StringComparer.Ordinal)
    {
        ["new-service"] = (turn, _) => SessionFlow.Start(turn),
        ["phrases"] = (turn, understood) => PhrasesFlow.Show(turn, understood.Moment ?? turn.State.Moment, more: false),
        ["more-phrases"] = (turn, _) => PhrasesFlow.Show(turn, turn.State.Moment, more: true),
        ["another-customer"] = (turn, _) => WaitingFlow.CustomerArrived(turn),
        ["customer-served"] = (turn, _) => WaitingFlow.CustomerServed(turn),
        ["difficult-customer"] = (turn, _) => PlaybookFlow.Choose(turn),
        ["review-draft"] = (turn, understood) => understood.Draft is { } draft ? DraftFlow.Review(turn, draft) : DraftFlow.Prompt(turn),
        ["end-service"] = (turn, _) => SessionFlow.End(turn),
        ["call-supervisor"] = (turn, _) => SupervisorFlow.Call(turn),
        ["cancel"] = (turn, _) => MenuFlow.Cancel(turn),
        ["help"] = (turn, _) => MenuFlow.Help(turn),
        ["greeting"] = (turn, _) => MenuFlow.Greeting(turn),
        ["show-service"] = (turn, _) => SessionFlow.ShowLive(turn),
        ["register-tu"] = (turn, _) => PhrasesFlow.SetRegister(turn, Register.Tu),
        ["register-usted"] = (turn, _) => PhrasesFlow.SetRegister(turn, Register.Usted),
        ["gender-feminine"] = (turn, _) => AgentSettingsFlow.SetGender(turn, AgentGender.Feminine),
        ["gender-masculine"] = (turn, _) => AgentSettingsFlow.SetGender(turn, AgentGender.Masculine),
        ["gender-neutral"] = (turn, _) => AgentSettingsFlow.SetGender(turn, AgentGender.Neutral),
    };

    // Asked while a question is open, these answer beside it and leave it open (the draft box waits on after "ayuda";
    // "soy mujer" in a guide redraws its step with "yo misma").
    private static readonly FrozenSet<string> SideCommands = FrozenSet.Create(StringComparer.Ordinal, "help", "greeting", "gender-feminine", "gender-masculine", "gender-neutral");

    /// <summary>The command ids this dialog acts on; dialogs/texts/ui.yaml gives them their words.</summary>
    public static IReadOnlyCollection<string> CommandIds => Commands.Keys;

    /// <summary>True when a card button's verb belongs to this dialog.</summary>
    public static bool Handles(string? verb) => verb is not null && Verbs.ContainsKey(verb);

    public static TurnOutcome NextTurn(CoachingState state, ServiceSession? session, TurnInput input, DateTimeOffset now, ContentSnapshot content)
    {
        var turn = new DialogTurn(state, session, input, now, content);
        return TipOfTheDay.AddToFirstCard(turn, Route(turn));
    }

    private static TurnOutcome Route(DialogTurn turn)
    {
        var (state, input, content) = (turn.State, turn.Input, turn.Content);
        if (input.Verb is { } verb)
        {
            return Verbs.TryGetValue(verb, out var flow) ? flow(turn) : MenuFlow.Menu(turn);
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return MenuFlow.Menu(turn);
        }

        var context = new UnderstandingContext(PromptOf(state.Prompt), turn.OpenSession is not null);
        return Respond(turn, Understander.Understand(input.Text, context, content), context);
    }

    /// <summary>Typed text, understood: the open question's answer, an action, a "¿Quiso decir…?" card or the menu.</summary>
    private static TurnOutcome Respond(DialogTurn turn, Understood understood, UnderstandingContext context)
    {
        if (turn.State.Prompt is { } prompt && !understood.LeavesPrompt)
        {
            var answered = AnswerPrompt(turn, understood);
            return understood.Decision == UnderstandingDecision.Act ? answered : answered.WithEffects(Miss(UnderstandingMiss.AskedAgain, understood, context, turn));
        }

        if (turn.State.Prompt is not null && !(understood.Intent.Kind == IntentKind.Command && SideCommands.Contains(understood.Intent.Name)))
        {
            turn = turn with { State = turn.State with { Prompt = null } };
        }

        return understood.Decision switch
        {
            UnderstandingDecision.Act => Act(turn, understood),
            UnderstandingDecision.Clarify => turn.Reply(Reply.Show(ClarifyCard.Create(turn.Texts, understood)))
                .WithEffects(Miss(UnderstandingMiss.Clarified, understood, context, turn)),
            _ => MenuFlow.NotUnderstood(turn).WithEffects(Miss(UnderstandingMiss.NotUnderstood, understood, context, turn)),
        };
    }

    /// <summary>Does what the message (or a "¿Quiso decir…?" button) asks.</summary>
    private static TurnOutcome Act(DialogTurn turn, Understood understood)
    {
        switch (understood.Intent.Kind)
        {
            case IntentKind.Command when Commands.TryGetValue(understood.Intent.Name, out var handler):
                return handler(turn, understood);
            case IntentKind.Playbook when turn.Content.PlaybooksById.TryGetValue(understood.Intent.Name, out var playbook):
                // At "¿Cómo está el cliente?" a near-certain difficult customer also records the mood described.
                var described = understood.Mood is { } mood ? turn with { State = turn.State with { Temperament = mood } } : turn;
                var started = PlaybookFlow.Start(described, playbook);
                return understood.Mood is { } m && described.OpenSession is { } open
                    ? started with { Session = open with { Temperament = m.ToString().ToLowerInvariant() } }
                    : started;
            case IntentKind.Mood when understood.Intent.AsMood is { } temperament:
                return SessionFlow.SetTemperament(turn, temperament);
            case IntentKind.Channel when understood.Intent.AsChannel is { } channel:
                return SessionFlow.SetChannel(turn, channel);
            default:
                return MenuFlow.NotUnderstood(turn);
        }
    }

    /// <summary>A "¿Quiso decir…?" button: the option it names, done.</summary>
    private static TurnOutcome ActOnOption(DialogTurn turn) =>
        Intent.TryParse(turn.Input.DataString(ClarifyCard.IntentKey), out var intent)
            ? Act(turn with { State = turn.State with { Prompt = null } }, new Understood
            {
                Intent = intent,
                Decision = UnderstandingDecision.Act,
                Confidence = 1,
                By = UnderstoodBy.ExactWords,
                Moment = turn.Input.DataEnum<Moment>(ClarifyCard.MomentKey),
                Draft = turn.Input.DataString(ClarifyCard.DraftKey),
            })
            : MenuFlow.Menu(turn);

    /// <summary>A yes/no button.</summary>
    private static TurnOutcome AnswerPrompt(DialogTurn turn) =>
        turn.State.Prompt?.Flow == DialogFlows.ReplaceSession ? SessionFlow.AnswerReplace(turn, SessionFlow.YesNo(turn)) : MenuFlow.Menu(turn);

    private static TurnOutcome AnswerPrompt(DialogTurn turn, Understood understood) => turn.State.Prompt?.Flow switch
    {
        DialogFlows.Draft => DraftFlow.Review(turn, understood.Draft ?? turn.Input.Text),
        DialogFlows.PlaybookChoice => PlaybookFlow.AnswerChoice(turn, understood),
        DialogFlows.Playbook => PlaybookFlow.AnswerStep(turn, understood),
        DialogFlows.ReplaceSession => SessionFlow.AnswerReplace(turn, understood.Intent.IsAnswer(PromptAnswer.Yes) ? true : understood.Intent.IsAnswer(PromptAnswer.No) ? false : null),
        DialogFlows.Mood when understood.Intent.AsMood is { } mood => SessionFlow.SetTemperament(turn, mood),
        _ => MenuFlow.NotUnderstood(turn with { State = turn.State with { Prompt = null } }) with { State = turn.State with { Prompt = null } },
    };

    private static PromptKind PromptOf(DialogFrame? prompt) => prompt?.Flow switch
    {
        DialogFlows.Draft => PromptKind.Draft,
        DialogFlows.PlaybookChoice => PromptKind.PlaybookChoice,
        DialogFlows.Playbook => PromptKind.PlaybookStep,
        DialogFlows.ReplaceSession => PromptKind.YesNo,
        DialogFlows.Mood => PromptKind.Mood,
        _ => PromptKind.None,
    };

    private static RecordUnderstandingMiss Miss(string outcome, Understood understood, UnderstandingContext context, DialogTurn turn) =>
        new(new UnderstandingMiss(outcome, understood.Intent.ToString(), understood.Confidence, context.Prompt.ToString(), turn.Input.Text));
}
