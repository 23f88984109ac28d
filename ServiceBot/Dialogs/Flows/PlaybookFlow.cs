using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Understanding;

namespace ServiceBot.Dialogs.Flows;

/// <summary>A difficult customer: pick (or describe) the type, then its playbook one step at a time.</summary>
public static class PlaybookFlow
{
    private const string PlaybookKey = "playbook";

    public static TurnOutcome Choose(DialogTurn turn) => turn.Reply(
        turn.State with { Prompt = new DialogFrame(DialogFlows.PlaybookChoice) },
        turn.Session,
        Reply.Show(PlaybookChooserCard.Create(turn.Texts)));

    /// <summary>The answer to "what kind of customer is it?" (a number, a type's name or a description), as understood.</summary>
    public static TurnOutcome AnswerChoice(DialogTurn turn, Understood understood) =>
        understood.Decision == UnderstandingDecision.Act && understood.Intent.Kind == IntentKind.Playbook
            && turn.Content.PlaybooksById.TryGetValue(understood.Intent.Name, out var playbook)
            ? Start(turn, playbook)
            : MenuFlow.Reprompt(turn, Reply.Show(PlaybookChooserCard.Create(turn.Texts)));

    public static TurnOutcome FromButton(DialogTurn turn) =>
        turn.Input.DataString(PlaybookKey) is { } id && turn.Content.PlaybooksById.TryGetValue(id, out var playbook)
            ? Start(turn, playbook)
            : Choose(turn);

    public static TurnOutcome Start(DialogTurn turn, Playbook playbook)
    {
        var frame = new DialogFrame(DialogFlows.Playbook).With(PlaybookKey, playbook.Id);
        return turn.Reply(
            turn.State with { Prompt = frame },
            turn.Session,
            Reply.Show(PlaybookStepCard.Create(turn.Texts, playbook, 0)));
    }

    public static TurnOutcome Next(DialogTurn turn)
    {
        if (Current(turn) is not var (frame, playbook))
        {
            return Choose(turn);
        }

        var step = frame.Step + 1;
        if (step >= playbook.Steps.Count)
        {
            return turn.Reply(turn.State with { Prompt = null }, turn.Session, Reply.Say(turn.Texts[TextKeys.PlaybookDone]), Reply.Show(MenuCard.Create(turn.Texts)));
        }

        return turn.Reply(
            turn.State with { Prompt = frame with { Step = step, Retries = 0 } },
            turn.Session,
            Reply.Show(PlaybookStepCard.Create(turn.Texts, playbook, step)));
    }

    /// <summary>Typed text while a playbook is open: "siguiente"/"sí" moves on; anything else repeats the step.</summary>
    public static TurnOutcome AnswerStep(DialogTurn turn, Understood understood)
    {
        if (understood.Decision == UnderstandingDecision.Act && understood.Intent.IsAnswer(PromptAnswer.Next))
        {
            return Next(turn);
        }

        return Current(turn) is var (frame, playbook)
            ? MenuFlow.Reprompt(turn, Reply.Show(PlaybookStepCard.Create(turn.Texts, playbook, frame.Step)))
            : MenuFlow.NotUnderstood(turn);
    }

    /// <summary>The open playbook and step, for the supervisor call's context.</summary>
    public static (DialogFrame Frame, Playbook Playbook)? Current(DialogTurn turn) =>
        turn.State.Prompt is { Flow: DialogFlows.Playbook } frame &&
        frame.Get(PlaybookKey) is { } id && turn.Content.PlaybooksById.TryGetValue(id, out var playbook) &&
        frame.Step < playbook.Steps.Count
            ? (frame, playbook)
            : null;
}
