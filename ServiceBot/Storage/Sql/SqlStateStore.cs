using System.Data.Common;
using Dapper;

namespace ServiceBot.Storage.Sql;

/// <summary><see cref="IStateStore"/> in the <c>state_items</c> table; the same statements run on both engines.</summary>
internal sealed class SqlStateStore(StorageDatabase database, TimeProvider time) : IStateStore
{
    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(key, nameof(key));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, key, cancellationToken);
    }

    public async Task<string> WriteAsync(
        string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(key, nameof(key));
        StorageArguments.Json(json, nameof(json));
        StorageArguments.ETag(expectedETag, nameof(expectedETag));
        var etag = ETags.New();
        var now = time.GetUtcNow();
        await database.WriteAsync((connection, transaction) => WriteAsync(connection, transaction, key, json, expectedETag, now, CancellationToken.None, etag), cancellationToken);
        return etag;
    }

    /// <summary>Reads an item on <paramref name="connection"/>, inside <paramref name="transaction"/> when one is given.</summary>
    internal static Task<StoreItem?> ReadAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        return ReadStatement(key).QuerySingleOrDefaultAsync<StoreItem>(connection, transaction, cancellationToken);
    }

    /// <summary>Reads one item: the columns key, json and etag, in that order.</summary>
    internal static SqlStatement ReadStatement(string key) =>
        new("SELECT item_key AS Key, json AS Json, etag AS ETag FROM state_items WHERE item_key = @key", new { key });

    /// <summary>Writes an item on <paramref name="connection"/> (arguments already checked); returns the new ETag.</summary>
    /// <exception cref="StoreConflictException">The ETag is stale, or the key exists for a create.</exception>
    internal static async Task<string> WriteAsync(
        DbConnection connection, DbTransaction? transaction, string key, string json, string? expectedETag, DateTimeOffset at, CancellationToken cancellationToken, string? newETag = null)
    {
        var etag = newETag ?? ETags.New();
        var rows = await WriteStatement(key, json, expectedETag, at, etag).ExecuteAsync(connection, transaction, cancellationToken);
        return rows == 1 ? etag : throw StoreConflictException.For("State", key, expectedETag);
    }

    /// <summary>The write of <c>WriteAsync</c>: it changes one row, or none when the ETag is stale (or the key exists for a create).</summary>
    internal static SqlStatement WriteStatement(string key, string json, string? expectedETag, DateTimeOffset at, string etag)
    {
        var sql = expectedETag switch
        {
            null => CreateSql + "\nON CONFLICT (item_key) DO NOTHING",
            ETags.Any => CreateSql + "\nON CONFLICT (item_key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at",
            _ => """
                UPDATE state_items SET json = @json, etag = @etag, updated_at = @now
                WHERE item_key = @key AND etag = @expectedETag
                """,
        };

        return new SqlStatement(sql, new { key, json, etag, now = UnixTime.ToMilliseconds(at), expectedETag });
    }

    /// <summary>
    /// A new item's insert without <c>ON CONFLICT</c>, for PostgreSQL's turn: an existing key fails it with a unique
    /// violation, which stops the turn's batch before its COMMIT as a conflict.
    /// </summary>
    internal static SqlStatement CreateStatement(string key, string json, DateTimeOffset at, string etag) =>
        new(CreateSql, new { key, json, etag, now = UnixTime.ToMilliseconds(at) });

    private const string CreateSql = "INSERT INTO state_items (item_key, json, etag, updated_at) VALUES (@key, @json, @etag, @now)";

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(key, nameof(key));
        var deleted = 0;
        await database.WriteAsync(
            async (connection, transaction) => deleted = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM state_items WHERE item_key = @key", new { key }, transaction)),
            cancellationToken);
        return deleted > 0;
    }
}
