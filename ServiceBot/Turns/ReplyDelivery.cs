using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Dialogs;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// Decides how a turn's replies are shown, before the turn commits. The service's live card (<see cref="Reply.IsLive"/>)
/// is updated in place: an Action.Execute press is answered with it in the invoke response; otherwise (Action.Submit
/// fallback, typed text) the live card's message, whose id was kept from the ResourceResponse of its send, is updated
/// through the Connector; with none yet, or for "ver atención" (brought to the bottom), it is sent anew and its id is
/// recorded once the channel answers (by <see cref="Proactive.OutboxSender"/>, at once or when the outbox retries it). Other cards: one that replaces the clicked card goes back in the invoke response
/// or updates the clicked message; for an Action.Execute press the first card answers in place. Everything else is
/// sent, text and cards as separate messages so Teams keeps each one's id. What is sent or updated goes through the outbox.
/// </summary>
public static class ReplyDelivery
{
    public static ReplyPlan Plan(TurnContext turn, IReadOnlyList<Reply> replies, string? liveCardId = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var isCardInvoke = turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == InvokeNames.AdaptiveCardAction;
        var inPlace = replies.FirstOrDefault(r => r.Card is not null && (r.ReplacesClickedCard || r.IsLive))
            ?? (isCardInvoke ? replies.FirstOrDefault(r => r.Card is not null) : null);
        InvokeResponse? invokeResponse = null;
        var outgoing = new List<PlannedReply>();
        string? liveNow = null;
        foreach (var reply in replies)
        {
            if (reply.Card is { } live && reply.IsLive)
            {
                if (!reply.BringToBottom && isCardInvoke && ReferenceEquals(reply, inPlace) && invokeResponse is null)
                {
                    // Teams puts the answer in place of the pressed card, which is the live card from now on.
                    invokeResponse = AdaptiveCardInvokeResponses.Card(live);
                    liveNow = turn.Activity.ReplyToId;
                    continue;
                }

                var activity = AdaptiveCards.ToActivity(live);
                var target = reply.BringToBottom ? null : liveCardId ?? turn.Activity.ReplyToId;
                if (target is not null)
                {
                    outgoing.Add(new PlannedReply(OutboxKind.Update, target, activity.AsReplyTo(turn.Activity) with { ReplyToId = null }, IsLiveCard: true));
                    liveNow = target;
                    continue;
                }

                outgoing.Add(new PlannedReply(OutboxKind.Send, null, activity.AsReplyTo(turn.Activity), IsLiveCard: true));
                if (reply.BringToBottom && liveCardId is not null && reply.LeaveBehind is { } stub)
                {
                    // The old copy up the chat says where the service went, so nobody acts on a stale card.
                    outgoing.Add(new PlannedReply(OutboxKind.Update, liveCardId, AdaptiveCards.ToActivity(stub).AsReplyTo(turn.Activity) with { ReplyToId = null }));
                }

                continue;
            }

            if (reply.Card is { } card && ReferenceEquals(reply, inPlace))
            {
                if (isCardInvoke && invokeResponse is null)
                {
                    invokeResponse = AdaptiveCardInvokeResponses.Card(card);
                    continue;
                }

                if (turn.Activity.ReplyToId is { } clicked)
                {
                    outgoing.Add(new PlannedReply(OutboxKind.Update, clicked, AdaptiveCards.ToActivity(card).AsReplyTo(turn.Activity) with { ReplyToId = null }));
                    continue;
                }
            }

            outgoing.Add(new PlannedReply(OutboxKind.Send, null, ToActivity(reply).AsReplyTo(turn.Activity)));
        }

        if (isCardInvoke && invokeResponse is null)
        {
            invokeResponse = AdaptiveCardInvokeResponses.Message(replies.Select(r => r.Text).FirstOrDefault(t => t is not null) ?? "✓");
        }

        return new ReplyPlan(invokeResponse, outgoing) { LiveCardId = liveNow };
    }

    private static Activity ToActivity(Reply reply) =>
        reply.Card is { } card ? AdaptiveCards.ToActivity(card) : Activity.CreateMessage(reply.Text);
}
