using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Proactive;

/// <summary>
/// A reply channel that notes why the last message posted through it failed, for a caller that sends an outbox row at
/// once (<see cref="OutboxSender.DeliverAsync"/>) and must tell a refusal for good (the chat blocks the bot) from the
/// rest. The posted message's id is noted by the outbox's send itself (<see cref="IOutboxPostedListener"/>).
/// </summary>
public sealed class FailureNotingChannel(IReplyChannel inner) : IReplyChannel
{
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
        Failure = null;
        try
        {
            return await posting;
        }
        catch (Exception ex)
        {
            Failure = ex;
            throw;
        }
    }
}
