using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Dialogs;

namespace ServiceBot.Turns;

/// <summary>
/// Shows a turn's replies: a card that replaces the clicked one goes back in the invoke response (Action.Execute) or
/// updates the original message (Action.Submit, through its replyToId); for an Action.Execute press the first card
/// answers in place even when it is not a replacement. Everything else is sent, text and cards as separate messages
/// so Teams keeps each one's id.
/// </summary>
public static class ReplyDelivery
{
    public static async Task DeliverAsync(TurnContext turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var isCardInvoke = turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == InvokeNames.AdaptiveCardAction;
        var inPlace = replies.FirstOrDefault(r => r.Card is not null && r.ReplacesClickedCard)
            ?? (isCardInvoke ? replies.FirstOrDefault(r => r.Card is not null) : null);
        foreach (var reply in replies)
        {
            if (reply.Card is { } card && ReferenceEquals(reply, inPlace))
            {
                if (isCardInvoke && turn.InvokeResponse is null)
                {
                    turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
                    continue;
                }

                if (turn.Activity.ReplyToId is { } clicked && await TryUpdateAsync(turn, clicked, AdaptiveCards.ToActivity(card), cancellationToken))
                {
                    continue;
                }
            }

            await turn.SendActivityAsync(ToActivity(reply), cancellationToken);
        }

        if (isCardInvoke && turn.InvokeResponse is null)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message(replies.Select(r => r.Text).FirstOrDefault(t => t is not null) ?? "✓");
        }
    }

    private static Activity ToActivity(Reply reply) =>
        reply.Card is { } card ? AdaptiveCards.ToActivity(card) : Activity.CreateMessage(reply.Text);

    private static async Task<bool> TryUpdateAsync(TurnContext turn, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await turn.UpdateActivityAsync(activityId, activity, cancellationToken);
            return true;
        }
        catch (ConnectorException)
        {
            // The original message is gone or cannot be edited: the new card is sent instead.
            return false;
        }
    }
}
