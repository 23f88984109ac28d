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
/// is tried, in order, as a global interruption (cancel, help/menu), as the answer to the open prompt, as a command,
/// as a description of a difficult customer or of the customer's temperament; otherwise the agent gets the menu.
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
        [CoachingVerbs.Cancel] = MenuFlow.Cancel,
        [CardVerbs.Help] = MenuFlow.Help,
        [CardVerbs.Menu] = MenuFlow.Menu,
    };

    private static readonly Dictionary<string, Func<DialogTurn, string, TurnOutcome>> Commands = new(StringComparer.Ordinal)
    {
        ["new-service"] = (turn, _) => SessionFlow.Start(turn),
        ["phrases"] = (turn, _) => PhrasesFlow.Show(turn, turn.State.Moment, more: false),
        ["another-customer"] = (turn, _) => WaitingFlow.CustomerArrived(turn),
        ["customer-served"] = (turn, _) => WaitingFlow.CustomerServed(turn),
        ["more-phrases"] = (turn, _) => PhrasesFlow.Show(turn, turn.State.Moment, more: true),
        ["difficult-customer"] = (turn, _) => PlaybookFlow.Choose(turn),
        ["review-draft"] = (turn, draft) => string.IsNullOrWhiteSpace(draft) ? DraftFlow.Prompt(turn) : DraftFlow.Review(turn, draft),
        ["end-service"] = (turn, _) => SessionFlow.End(turn),
        ["call-supervisor"] = (turn, _) => SupervisorFlow.Call(turn),
        ["cancel"] = (turn, _) => MenuFlow.Cancel(turn),
        ["help"] = (turn, _) => MenuFlow.Help(turn),
        ["greeting"] = (turn, _) => MenuFlow.Menu(turn),
        ["register-tu"] = (turn, _) => PhrasesFlow.SetRegister(turn, Register.Tu),
        ["register-usted"] = (turn, _) => PhrasesFlow.SetRegister(turn, Register.Usted),
    };

    // Commands whose text may follow the keyword directly ("revisar hola, ¿en qué le ayudo?"), without a colon.
    private static readonly FrozenSet<string> ArgumentCommands = FrozenSet.Create(StringComparer.Ordinal, "review-draft");

    /// <summary>The command ids this dialog acts on; dialogs/texts/ui.yaml gives them their words.</summary>
    public static IReadOnlyCollection<string> CommandIds => Commands.Keys;

    /// <summary>True when a card button's verb belongs to this dialog.</summary>
    public static bool Handles(string? verb) => verb is not null && Verbs.ContainsKey(verb);

    public static TurnOutcome NextTurn(CoachingState state, ServiceSession? session, TurnInput input, DateTimeOffset now, ContentSnapshot content)
    {
        var turn = new DialogTurn(state, session, input, now, content);
        if (input.Verb is { } verb)
        {
            return Verbs.TryGetValue(verb, out var flow) ? flow(turn) : MenuFlow.Menu(turn);
        }

        var command = CommandRecognizer.Recognize(input.Text, content, ArgumentCommands);
        if (command is { CommandId: "cancel" or "help" })
        {
            return Commands[command.CommandId](turn, command.Argument);
        }

        if (command is null && state.Prompt is not null)
        {
            return AnswerPrompt(turn);
        }

        if (command is not null && Commands.TryGetValue(command.CommandId, out var handler))
        {
            return handler(turn, command.Argument);
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return MenuFlow.Menu(turn);
        }

        if (PlaybookDetector.Detect(input.Text, content) is { } playbook)
        {
            return PlaybookFlow.Start(turn, playbook);
        }

        return TemperamentRecognizer.Recognize(input.Text, content) is { } temperament
            ? SessionFlow.SetTemperament(turn, temperament)
            : MenuFlow.NotUnderstood(turn);
    }

    private static TurnOutcome AnswerPrompt(DialogTurn turn) => turn.State.Prompt?.Flow switch
    {
        DialogFlows.Draft => DraftFlow.Review(turn, turn.Input.Text),
        DialogFlows.PlaybookChoice => PlaybookFlow.AnswerChoice(turn),
        DialogFlows.Playbook => PlaybookFlow.AnswerStep(turn),
        DialogFlows.ReplaceSession => SessionFlow.AnswerReplace(turn, SessionFlow.YesNo(turn)),
        _ => MenuFlow.NotUnderstood(turn with { State = turn.State with { Prompt = null } }) with { State = turn.State with { Prompt = null } },
    };
}
