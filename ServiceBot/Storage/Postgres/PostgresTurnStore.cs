using Npgsql;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// <see cref="ITurnStore"/> for PostgreSQL in two round trips: BEGIN, the conversation's advisory lock and the turn's
/// first reads (<see cref="TurnReads"/>) go together; the writes go with COMMIT at the end (see
/// <see cref="PostgresTurnTransaction"/>). A commit also writes the sent marks waiting then (<paramref name="sentMarks"/>,
/// when given), so they need no transaction of their own.
/// </summary>
internal sealed class PostgresTurnStore(PostgresDatabase database, TimeProvider time, IWaitingSentMarks? sentMarks = null) : ITurnStore
{
    public Task<ITurnTransaction> BeginAsync(string conversationKey, CancellationToken cancellationToken) =>
        BeginAsync(conversationKey, TurnReads.None, cancellationToken);

    public async Task<ITurnTransaction> BeginAsync(string conversationKey, TurnReads reads, CancellationToken cancellationToken)
    {
        StorageArguments.Key(conversationKey, nameof(conversationKey));
        ArgumentNullException.ThrowIfNull(reads);
        var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken);
        var transaction = new PostgresTurnTransaction(connection, PostgresDatabase.ConversationLock(conversationKey), time, sentMarks);
        try
        {
            await transaction.PrefetchAsync(reads, cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
