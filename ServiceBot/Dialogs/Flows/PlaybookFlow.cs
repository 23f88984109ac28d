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

    private static readonly KeywordMatcher<bool> NextWords = new([(true, ["siguiente", "siguiente paso", "listo", "hecho", "ya", "next", "next step", "done"])]);

    public static TurnOutcome Choose(DialogTurn turn) => turn.Reply(
        turn.State with { Prompt = new DialogFrame(DialogFlows.PlaybookChoice) },
        turn.Session,
        Reply.Show(PlaybookChooserCard.Create(turn.Texts)));

    /// <summary>The answer to "what kind of customer is it?": a number, a type's name or a description.</summary>
    public static TurnOutcome AnswerChoice(DialogTurn turn)
    {
        var playbooks = turn.Content.Playbooks;
        var byNumber = NumberRecognizer.RecognizeInRange(turn.Input.Text, 1, playbooks.Count) is { } n ? playbooks[n - 1] : null;
        var playbook = byNumber
            ?? PlaybookDetector.DetectByName(turn.Input.Text, turn.Content)
            ?? PlaybookDetector.Detect(turn.Input.Text, turn.Content);
        return playbook is null
            ? MenuFlow.Reprompt(turn, Reply.Show(PlaybookChooserCard.Create(turn.Texts)))
            : Start(turn, playbook);
    }

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
    public static TurnOutcome AnswerStep(DialogTurn turn)
    {
        if (NextWords.TryMatchExactly(turn.Input.Text, out _) || UnderstandingModels.For(turn.Content).YesNo.Recognize(turn.Input.Text) == true)
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
