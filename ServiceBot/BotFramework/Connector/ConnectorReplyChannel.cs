using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Replies through the Bot Connector REST API of the serviceUrl the connector is bound to: a reply with
/// <c>replyToId</c> threads under that activity, one without it is posted to the conversation.
/// </summary>
public sealed class ConnectorReplyChannel(ConnectorClient connector) : IReplyChannel
{
    public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ReplyToId is null
            ? connector.SendToConversationAsync(activity, cancellationToken)
            : connector.ReplyToActivityAsync(activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return connector.UpdateActivityAsync(activityId, activity, cancellationToken);
    }

    public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ReplyToId is null
            ? connector.SendToConversationAsync(activity, json, cancellationToken)
            : connector.ReplyToActivityAsync(activity, json, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return connector.UpdateActivityAsync(activityId, activity, json, cancellationToken);
    }
}
