namespace ServiceBot.Storage;

/// <summary>
/// Proactive messages to send later, kept in the database so they survive a restart. Dispatchers on several instances
/// share the queue: a message is claimed by one of them for a while, then marked sent.
/// </summary>
public interface IScheduledMessageStore
{
    /// <summary>Adds a message; false (and nothing changes) when one with this id was scheduled before.</summary>
    /// <exception cref="ArgumentException">Id, conversation id or user id is missing.</exception>
    Task<bool> ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically claims up to <paramref name="limit"/> unsent messages due at <paramref name="now"/> whose claim is free
    /// or expired, for <paramref name="claimFor"/>; earliest due first. Two callers never get the same message while its
    /// claim runs. Each returned message has its <see cref="ScheduledMessage.Attempts"/> counted up by one.
    /// </summary>
    Task<IReadOnlyList<ScheduledMessage>> ClaimDueAsync(
        DateTimeOffset now, int limit, TimeSpan claimFor, CancellationToken cancellationToken = default);

    /// <summary>Marks a message done (sent, or given up): it is never claimed again.</summary>
    Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the unsent messages whose id starts with <paramref name="idPrefix"/> (compared literally and
    /// case-sensitively: '%' and '_' are ordinary characters); returns how many.
    /// </summary>
    Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken = default);

    /// <summary>The unsent messages whose id starts with <paramref name="idPrefix"/>, earliest due first.</summary>
    Task<IReadOnlyList<ScheduledMessage>> ListPendingAsync(string idPrefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retention: deletes messages sent before <paramref name="cutoff"/>, and unsent ones that were due before it
    /// (too stale to deliver); returns how many.
    /// </summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
