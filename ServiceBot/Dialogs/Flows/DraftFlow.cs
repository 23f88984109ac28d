using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>"Revisar: &lt;draft&gt;" checks a reply to a customer against the protocol and offers a courteous version.</summary>
public static class DraftFlow
{
    public static TurnOutcome Prompt(DialogTurn turn) => turn.Reply(
        turn.State with { Prompt = new DialogFrame(DialogFlows.Draft) },
        turn.Session,
        Reply.Show(DraftPromptCard.Create(turn.Texts)));

    public static TurnOutcome Review(DialogTurn turn, string draft)
    {
        if (string.IsNullOrWhiteSpace(draft))
        {
            return turn.State.Prompt is { Flow: DialogFlows.Draft }
                ? MenuFlow.Reprompt(turn, Reply.Say(turn.Texts[TextKeys.PromptDraft]))
                : turn.Reply(turn.State with { Prompt = new DialogFrame(DialogFlows.Draft) }, turn.Session, Reply.Say(turn.Texts[TextKeys.ErrorEmptyDraft]));
        }

        if (draft.Length > DraftPromptCard.MaxDraftLength)
        {
            return turn.Reply(
                turn.State with { Prompt = null },
                turn.Session,
                Reply.Say(turn.Texts.Fill(TextKeys.ErrorDraftTooLong, ("max", DraftPromptCard.MaxDraftLength), ("length", draft.Length))));
        }

        var review = DraftReviewer.Review(draft, turn.Content, turn.Input.Language, turn.TimeOfDay, turn.State.Register);
        return turn.Reply(turn.State with { Prompt = null }, turn.Session, Reply.Show(DraftReviewCard.Create(turn.Texts, review)));
    }
}
