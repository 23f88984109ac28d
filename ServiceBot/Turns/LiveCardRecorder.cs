using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Dialogs;

namespace ServiceBot.Turns;

/// <summary>
/// The turn's reply channel, noting where the live card went: when the live card is sent as a new message, the id in
/// the channel's ResourceResponse becomes the live card's, so the next turn updates that message.
/// </summary>
public sealed class LiveCardRecorder(TurnContext turn, LiveCardStore store, string conversationKey, ReplyPlan plan) : IReplyChannel
{
    public async Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        var response = await turn.Replies.SendAsync(conversation, activity, cancellationToken);
        if (ReferenceEquals(activity, plan.LiveCardSend) && response.Id is { Length: > 0 } id)
        {
            await store.SetAsync(conversationKey, id, cancellationToken);
        }

        return response;
    }

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken) =>
        turn.Replies.UpdateAsync(conversation, activityId, activity, cancellationToken);
}
