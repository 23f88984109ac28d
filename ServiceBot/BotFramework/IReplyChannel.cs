using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// Where a turn's replies leave: the Bot Connector today (<see cref="Connector.ConnectorReplyChannel"/>), a buffer for
/// a web chat page tomorrow. The activity arrives already addressed from the bot to the user in
/// <paramref name="conversation"/> (from, recipient, conversation, channelId; <c>replyToId</c> when it threads under the
/// incoming activity). An implementation throws when the reply cannot be delivered.
/// </summary>
public interface IReplyChannel
{
    /// <summary>Posts a new activity into the conversation; answers with the id the channel gave it.</summary>
    Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity <paramref name="activityId"/> (a card the user clicked) with <paramref name="activity"/>.</summary>
    Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="SendAsync(ConversationReference, Activity, CancellationToken)"/> for an activity whose protocol JSON is
    /// already written (<paramref name="json"/>, UTF-8, as an outbox row stores it): a channel that posts JSON sends
    /// those bytes instead of serialising the activity again.
    /// </summary>
    Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        SendAsync(conversation, activity, cancellationToken);

    /// <summary>
    /// <see cref="UpdateAsync(ConversationReference, string, Activity, CancellationToken)"/> for an activity whose
    /// protocol JSON is already written (<paramref name="json"/>, UTF-8, without the id it replaces).
    /// </summary>
    Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        UpdateAsync(conversation, activityId, activity, cancellationToken);
}
