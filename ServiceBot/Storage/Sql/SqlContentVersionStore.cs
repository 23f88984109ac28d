using Dapper;

namespace ServiceBot.Storage.Sql;

/// <summary><see cref="IContentVersionStore"/> in <c>content_versions</c>, an append-only table.</summary>
internal sealed class SqlContentVersionStore(StorageDatabase database, TimeProvider time) : IContentVersionStore
{
    private const string Select = """
        SELECT sequence AS Sequence, hash AS Hash, author AS Author, summary AS Summary, recorded_at AS RecordedAt
        FROM content_versions
        """;

    public async Task<ContentVersion> RecordAsync(
        string hash, string author, string summary, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(hash, nameof(hash));
        StorageArguments.Key(author, nameof(author));
        ArgumentNullException.ThrowIfNull(summary);

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO content_versions (hash, author, summary, recorded_at)
            SELECT @hash, @author, @summary, @now
            WHERE NOT EXISTS (
                SELECT 1 FROM content_versions
                WHERE hash = @hash AND sequence = (SELECT MAX(sequence) FROM content_versions))
            """,
            new { hash, author, summary, now = UnixTime.ToMilliseconds(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
        return (await QueryAsync(connection, $"{Select} ORDER BY sequence DESC LIMIT 1", null, cancellationToken)).Single();
    }

    public async Task<ContentVersion?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await QueryAsync(connection, $"{Select} ORDER BY sequence DESC LIMIT 1", null, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ContentVersion>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, $"{Select} ORDER BY sequence DESC LIMIT @limit", new { limit = (long)limit }, cancellationToken);
    }

    private static async Task<IReadOnlyList<ContentVersion>> QueryAsync(
        System.Data.Common.DbConnection connection, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => new ContentVersion(row.Sequence, row.Hash, row.Author, row.Summary, UnixTime.FromMilliseconds(row.RecordedAt))).ToList();
    }

    private sealed record VersionRow(long Sequence, string Hash, string Author, string Summary, long RecordedAt);
}
