using ServiceBot.BotFramework.Deduplication;
using ServiceBot.People;

namespace ServiceBot.Storage;

/// <summary>
/// One turn's reads and writes on one connection, in one transaction: conversation state, service sessions, reminders
/// scheduled or cancelled, the processed-activity record and the outbox. Nothing is visible to others until
/// <see cref="CommitAsync"/>; disposing without committing rolls everything back. A write that meets a stale ETag
/// throws <see cref="StoreConflictException"/>: dispose, and run the turn again on fresh data.
/// </summary>
public interface ITurnTransaction : IAsyncDisposable
{
    /// <summary>The first outcome of an activity already processed, read under the conversation's lock.</summary>
    Task<ProcessedActivity?> FindProcessedAsync(ProcessedActivityKey key, CancellationToken cancellationToken);

    Task<StoreItem?> ReadStateAsync(string key, CancellationToken cancellationToken);

    Task<ServiceSession?> ReadSessionAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="IRosterStore.IsSupervisorOnlyAsync"/>, asked inside the turn: a typed message from a supervisor goes to
    /// their menu instead of the coaching dialog, and the turn can ask in the round trip that takes its lock.
    /// </summary>
    Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken);

    /// <summary>Writes state under <paramref name="expectedETag"/> (null creates); returns the new ETag.</summary>
    /// <exception cref="StoreConflictException">The ETag is stale.</exception>
    Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the session a turn produced: created when it has no ETag (a session already stored under its id stands,
    /// and is returned), otherwise updated under its ETag. Unchanged (<paramref name="before"/> equals
    /// <paramref name="after"/>) writes nothing.
    /// </summary>
    /// <exception cref="StoreConflictException">The session changed since it was read.</exception>
    Task<ServiceSession?> SaveSessionAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken);

    Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken);

    Task CancelScheduledAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>Records the activity as processed with its outcome.</summary>
    /// <exception cref="StoreConflictException">It was recorded before.</exception>
    Task RecordProcessedAsync(ProcessedActivity processed, CancellationToken cancellationToken);

    /// <summary>Adds replies to send, held by this instance until <paramref name="heldUntil"/> for its immediate send.</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset heldUntil, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs the writes as <see cref="CommitAsync"/> would, then undoes them: nothing is kept, nothing was visible to
    /// others. The start's warm-up rehearses turns with it, so the first real turn finds the statements ready.
    /// </summary>
    Task RehearseAsync(CancellationToken cancellationToken);
}
