using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Understanding;

namespace ServiceBot.Dialogs.Flows;

/// <summary>A difficult customer: pick (or describe) the type, then its guide one step at a time, on the live card.</summary>
public static class PlaybookFlow
{
    private const string PlaybookKey = "playbook";

    public static TurnOutcome Choose(DialogTurn turn) => LiveView.Show(turn with
    {
        State = turn.State with { Prompt = new DialogFrame(DialogFlows.PlaybookChoice), Mode = LiveMode.Chooser, Note = null },
    });

    /// <summary>The answer to "what kind of customer is it?" (a number, a type's name or a description), as understood.</summary>
    public static TurnOutcome AnswerChoice(DialogTurn turn, Understood understood) =>
        understood.Decision == UnderstandingDecision.Act && understood.Intent.Kind == IntentKind.Playbook
            && turn.Content.PlaybooksById.TryGetValue(understood.Intent.Name, out var playbook)
            ? Start(turn, playbook)
            : MenuFlow.Reprompt(turn, Reply.Live(PlaybookChooserCard.Create(turn.Texts)));

    public static TurnOutcome FromButton(DialogTurn turn) =>
        turn.Input.DataString(PlaybookKey) is { } id && turn.Content.PlaybooksById.TryGetValue(id, out var playbook)
            ? Start(turn, playbook)
            : Choose(turn);

    public static TurnOutcome Start(DialogTurn turn, Playbook playbook)
    {
        var frame = new DialogFrame(DialogFlows.Playbook).With(PlaybookKey, playbook.Id);
        // The session remembers the guides used, for a supervisor's context on a low survey rating.
        var session = turn.OpenSession is { } open && !open.Playbooks.Contains(playbook.Id)
            ? open with { Playbooks = [.. open.Playbooks, playbook.Id] }
            : turn.Session;
        return LiveView.Show(turn with { State = turn.State with { Prompt = frame, Mode = LiveMode.Playbook, Note = null }, Session = session });
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
            // The last step's "registre qué falló": the note goes on the session.
            var note = turn.Input.DataString(PlaybookStepCard.NoteInputId)?.Trim();
            var session = turn.OpenSession is { } open && !string.IsNullOrEmpty(note)
                ? open with { Notes = [.. open.Notes, new Storage.SessionNote(playbook.Id, note, turn.Now)] }
                : turn.Session;
            var done = turn.Texts[TextKeys.PlaybookDone] + (string.IsNullOrEmpty(note) || turn.OpenSession is null ? string.Empty : " " + turn.Texts[TextKeys.PlaybookNoteSaved]);
            return LiveView.Show(turn with { State = turn.State with { Prompt = null, Mode = LiveMode.Service, Note = done }, Session = session });
        }

        return LiveView.Show(turn with { State = turn.State with { Prompt = frame with { Step = step, Retries = 0 }, Mode = LiveMode.Playbook } });
    }

    /// <summary>Typed text while a guide is open: "siguiente"/"sí" moves on; anything else repeats the step.</summary>
    public static TurnOutcome AnswerStep(DialogTurn turn, Understood understood)
    {
        if (understood.Decision == UnderstandingDecision.Act && understood.Intent.IsAnswer(PromptAnswer.Next))
        {
            return Next(turn);
        }

        return Current(turn) is not null
            ? MenuFlow.Reprompt(turn, Reply.Live(LiveView.Render(turn)))
            : MenuFlow.NotUnderstood(turn);
    }

    /// <summary>The open guide and step, for the live card and the supervisor call's context.</summary>
    public static (DialogFrame Frame, Playbook Playbook)? Current(DialogTurn turn) =>
        turn.State.Prompt is { Flow: DialogFlows.Playbook } frame &&
        frame.Get(PlaybookKey) is { } id && turn.Content.PlaybooksById.TryGetValue(id, out var playbook) &&
        frame.Step < playbook.Steps.Count
            ? (frame, playbook)
            : null;
}
