using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Dialogs;

namespace ServiceBot.Turns;

/// <summary>
/// Shows a turn's replies. The service's live card (<see cref="Reply.IsLive"/>) is updated in place: an Action.Execute
/// press is answered with it in the invoke response; otherwise (Action.Submit fallback, typed text) the live card's
/// message is updated through the Connector, its id kept from the ResourceResponse of the send that created it. A live
/// card with nowhere to go (none yet, the message is gone, or "ver atención") is sent anew and its id recorded; the old
/// copy is removed when it is brought to the bottom. Other cards and texts are sent as separate messages so Teams
/// keeps each one's id; a card that replaces the clicked one updates it.
/// </summary>
public static class ReplyDelivery
{
    public static async Task DeliverAsync(TurnContext turn, IReadOnlyList<Reply> replies, LiveCard live, CancellationToken cancellationToken)
    {
        var isCardInvoke = turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == InvokeNames.AdaptiveCardAction;
        var inPlace = replies.FirstOrDefault(r => r.Card is not null && (r.ReplacesClickedCard || r.IsLive))
            ?? (isCardInvoke ? replies.FirstOrDefault(r => r.Card is not null) : null);
        foreach (var reply in replies)
        {
            if (reply.Card is { } card && reply.IsLive)
            {
                await DeliverLiveAsync(turn, card, reply.BringToBottom, isCardInvoke && ReferenceEquals(reply, inPlace), live, cancellationToken);
                continue;
            }

            if (reply.Card is { } clickedCard && ReferenceEquals(reply, inPlace))
            {
                if (isCardInvoke && turn.InvokeResponse is null)
                {
                    turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(clickedCard);
                    continue;
                }

                if (turn.Activity.ReplyToId is { } clicked && await TryUpdateAsync(turn, clicked, AdaptiveCards.ToActivity(clickedCard), cancellationToken))
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

    private static async Task DeliverLiveAsync(TurnContext turn, System.Text.Json.Nodes.JsonObject card, bool bringToBottom, bool answerInvoke, LiveCard live, CancellationToken cancellationToken)
    {
        var known = await live.Store.GetAsync(live.ConversationKey, cancellationToken);
        if (!bringToBottom && answerInvoke && turn.InvokeResponse is null)
        {
            // The pressed card becomes the new card in Teams' own update; it is the live card from now on.
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
            if (turn.Activity.ReplyToId is { } pressed && pressed != known)
            {
                await live.Store.SetAsync(live.ConversationKey, pressed, cancellationToken);
            }

            return;
        }

        var target = known ?? (bringToBottom ? null : turn.Activity.ReplyToId);
        if (!bringToBottom && target is not null && await TryUpdateAsync(turn, target, AdaptiveCards.ToActivity(card), cancellationToken))
        {
            if (target != known)
            {
                await live.Store.SetAsync(live.ConversationKey, target, cancellationToken);
            }

            return;
        }

        var sent = await turn.SendActivityAsync(AdaptiveCards.ToActivity(card), cancellationToken);
        if (sent.Id is { Length: > 0 } id)
        {
            await live.Store.SetAsync(live.ConversationKey, id, cancellationToken);
        }

        if (bringToBottom && known is not null && known != sent.Id)
        {
            await TryDeleteAsync(turn, known, cancellationToken);
        }

        if (answerInvoke && turn.InvokeResponse is null)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message("✓");
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

    private static async Task TryDeleteAsync(TurnContext turn, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await turn.DeleteActivityAsync(activityId, cancellationToken);
        }
        catch (ConnectorException)
        {
            // Already gone, or the channel does not allow it: the old copy simply stays up the chat.
        }
    }
}

/// <summary>Where a conversation's live card is recorded: the store and the conversation's state key.</summary>
public sealed record LiveCard(LiveCardStore Store, string ConversationKey);
