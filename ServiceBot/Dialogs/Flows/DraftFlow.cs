using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// "Revisar: &lt;draft&gt;" checks a reply to a customer against the protocol: the live card shows what was found and
/// the courteous version, which is also sent as a plain message so it can be copied on a phone.
/// </summary>
public static class DraftFlow
{
    public static TurnOutcome Prompt(DialogTurn turn) => LiveView.Show(turn with
    {
        State = turn.State with { Prompt = new DialogFrame(DialogFlows.Draft), Mode = LiveMode.Draft, Note = null },
    });

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

        var reviewed = turn with { State = turn.State with { Prompt = null, Mode = LiveMode.Review, Draft = draft, Note = null } };
        var review = ReviewOf(reviewed, draft);
        var outcome = LiveView.Show(reviewed);
        return review.IsCourteous ? outcome : outcome.WithReplies(Reply.Say(review.CourteousVersion));
    }

    public static DraftReview ReviewOf(DialogTurn turn, string draft) =>
        DraftReviewer.Review(draft, turn.Content, turn.Input.Language, turn.TimeOfDay, turn.State.Register, turn.State.ServiceChannel);
}
