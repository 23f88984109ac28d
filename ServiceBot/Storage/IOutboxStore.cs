namespace ServiceBot.Storage;

/// <summary>
/// The replies committed turns still have to send. A turn writes its rows in its own transaction (already taken by the
/// instance that runs it, which sends them at once); whatever that send could not deliver is retried from here by any
/// instance. A row is taken atomically, so two senders never hold the same row, and a turn's rows go out in order.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Takes up to <paramref name="limit"/> unsent rows due at <paramref name="now"/> whose hold is free or expired, for
    /// <paramref name="holdFor"/>; only the first unsent row of each turn is due. Each returned row has its attempts counted up.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan holdFor, CancellationToken cancellationToken);

    /// <summary>The rows were delivered: none is sent again. All are deleted in one write (nothing reads a sent row).</summary>
    Task MarkSentAsync(IReadOnlyCollection<OutboxSentMark> marks, CancellationToken cancellationToken);

    /// <summary>The row failed: it is released, to be taken again from <paramref name="nextAttemptAt"/>.</summary>
    Task RetryLaterAsync(string id, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Releases held rows that were not tried (they wait behind an earlier row of their turn).</summary>
    Task ReleaseAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    /// <summary>The row will not be sent (the channel refused it for good, or it kept failing).</summary>
    Task GiveUpAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The rows not yet sent nor given up, oldest turn first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes rows sent or given up before <paramref name="cutoff"/> (a sent row is deleted when it is marked;
    /// this finds the given-up ones, and rows a database marked sent before sent rows were deleted); returns how many. On
    /// SQLite in small batches, each a write of its own, so the single writer is never held long.
    /// </summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>A row the channel took, and when.</summary>
public sealed record OutboxSentMark(string Id, DateTimeOffset SentAt);
