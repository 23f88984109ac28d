namespace ServiceBot.Storage;

/// <summary>
/// Opens the one transaction a turn commits in. Every instance sharing the database runs the turns of one
/// conversation one at a time: PostgreSQL holds a transaction-scoped advisory lock on the conversation key, SQLite's
/// single in-process writer serialises all of them.
/// </summary>
public interface ITurnStore
{
    /// <summary>Opens a connection and begins the turn's transaction under the lock of <paramref name="conversationKey"/>.</summary>
    Task<ITurnTransaction> BeginAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Begins as <see cref="BeginAsync(string, CancellationToken)"/>, and reads <paramref name="reads"/> with the lock where the engine can.</summary>
    Task<ITurnTransaction> BeginAsync(string conversationKey, TurnReads reads, CancellationToken cancellationToken) =>
        BeginAsync(conversationKey, cancellationToken);
}
