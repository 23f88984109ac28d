using System.Net;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// The bot's replies in a local Direct Line conversation: buffered in the conversation's log for the page to poll,
/// instead of posted to a connector. Cards are adapted for Web Chat (<see cref="WebChatCards"/>); an update replaces
/// the card where it stands. A conversation that no longer exists answers like a channel would: 404.
/// </summary>
public sealed class DirectLineReplyChannel(DirectLineConversations conversations, TimeProvider time) : IReplyChannel
{
    public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var target = Find(conversation);
        if (target.IsFull)
        {
            throw new ConnectorException(HttpStatusCode.Forbidden, "ConversationFull", $"The local conversation holds {DirectLineConversation.MaxEntries} activities; start a new one.");
        }

        var stored = target.Append(id => FromBot(activity, id), time.GetUtcNow());
        return Task.FromResult(new ResourceResponse(stored.Id));
    }

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Find(conversation).Replace(activityId, FromBot(activity, activityId), time.GetUtcNow()))
        {
            throw new ConnectorException(HttpStatusCode.NotFound, "ActivityNotFound", $"No activity {activityId} in this conversation.");
        }

        return Task.FromResult(new ResourceResponse(activityId));
    }

    private DirectLineConversation Find(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Conversation?.Id is { } id && conversations.Find(id) is { } found
            ? found
            : throw new ConnectorException(HttpStatusCode.NotFound, "ConversationNotFound", "The local conversation no longer exists.");
    }

    private static Activity FromBot(Activity activity, string activityId) => WebChatCards.Adapt(activity, activityId) with
    {
        From = (activity.From ?? new ChannelAccount { Id = DirectLineBot.Id, Name = DirectLineBot.Name }) with { Role = "bot" },
        ServiceUrl = null,
    };
}
