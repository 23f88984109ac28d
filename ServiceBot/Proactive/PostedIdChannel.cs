using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Proactive;

/// <summary>
/// A reply channel that notes the id the channel gave the last message posted through it (or why the post failed), for
/// a caller that sends an outbox row at once (<see cref="OutboxSender.DeliverAsync"/>) and keeps the message's id where
/// its feature needs it.
/// </summary>
public sealed class PostedIdChannel(IReplyChannel inner) : IReplyChannel
{
    /// <summary>The id of the last message posted; null when none was, or the channel gave none.</summary>
    public string? PostedId { get; private set; }

    /// <summary>What the last post threw; null when it went through.</summary>
    public Exception? Failure { get; private set; }

    public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
        NoteAsync(inner.SendAsync(conversation, activity, cancellationToken));

    public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        NoteAsync(inner.SendAsync(conversation, activity, json, cancellationToken));

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken) =>
        inner.UpdateAsync(conversation, activityId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        inner.UpdateAsync(conversation, activityId, activity, json, cancellationToken);

    private async Task<ResourceResponse> NoteAsync(Task<ResourceResponse> posting)
    {
        PostedId = null;
        Failure = null;
        try
        {
            var response = await posting;
            PostedId = response.Id is { Length: > 0 } id ? id : null;
            return response;
        }
        catch (Exception ex)
        {
            Failure = ex;
            throw;
        }
    }
}
