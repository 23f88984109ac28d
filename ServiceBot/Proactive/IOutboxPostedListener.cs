using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// A feature that keeps the id the channel gave a message one of its outbox rows posted, whether the row went at once
/// or on a later retry (<see cref="OutboxSender"/> tells every listener of every row it posts).
/// </summary>
public interface IOutboxPostedListener
{
    /// <summary>
    /// <paramref name="row"/> was posted and the channel called it <paramref name="postedId"/>; a row that is not the
    /// listener's is ignored. A failure is logged by the sender, never retried as a send (the message is in the chat).
    /// </summary>
    Task PostedAsync(OutboxMessage row, string postedId, CancellationToken cancellationToken);
}
