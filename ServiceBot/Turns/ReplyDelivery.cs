using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Dialogs;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// Decides how a turn's replies are shown, before the turn commits: a card that replaces the clicked one goes back in
/// the invoke response (Action.Execute) or updates the original message (Action.Submit, through its replyToId); for an
/// Action.Execute press the first card answers in place even when it is not a replacement. Everything else is sent,
/// text and cards as separate messages so Teams keeps each one's id. What is sent or updated goes through the outbox.
/// </summary>
public static class ReplyDelivery
{
    public static ReplyPlan Plan(TurnContext turn, IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var isCardInvoke = turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == InvokeNames.AdaptiveCardAction;
        var inPlace = replies.FirstOrDefault(r => r.Card is not null && r.ReplacesClickedCard)
            ?? (isCardInvoke ? replies.FirstOrDefault(r => r.Card is not null) : null);
        InvokeResponse? invokeResponse = null;
        var outgoing = new List<PlannedReply>();
        foreach (var reply in replies)
        {
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

        return new ReplyPlan(invokeResponse, outgoing);
    }

    private static Activity ToActivity(Reply reply) =>
        reply.Card is { } card ? AdaptiveCards.ToActivity(card) : Activity.CreateMessage(reply.Text);
}
