using Dapper;
using ServiceBot.Admin;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IMissedUtteranceStore"/> in <c>understanding_misses</c> (migration 0041): one upsert per miss, so
/// instances sharing a database count together.
/// </summary>
internal sealed class SqlMissedUtteranceStore(StorageDatabase database) : IMissedUtteranceStore
{
    public async Task RecordAsync(MissedUtterance miss, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(miss);
        StorageArguments.Key(miss.Key, "miss.Key");
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO understanding_misses (miss_key, text, language, intent, outcome, confidence, count, first_seen, last_seen)
            VALUES (@key, @text, @language, @intent, @outcome, @confidence, 1, @now, @now)
            ON CONFLICT (miss_key) DO UPDATE SET
                text = excluded.text, language = excluded.language, intent = excluded.intent, outcome = excluded.outcome,
                confidence = excluded.confidence, count = understanding_misses.count + 1, last_seen = excluded.last_seen
            """,
            new
            {
                key = miss.Key,
                text = miss.Text,
                language = miss.Language,
                intent = miss.Intent,
                outcome = miss.Outcome,
                confidence = miss.Confidence,
                now = UnixTime.ToMilliseconds(miss.LastSeen),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<MissedUtterance>> ListAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT miss_key AS MissKey, text AS Text, language AS Language, intent AS Intent, outcome AS Outcome,
                   confidence AS Confidence, count AS Count, first_seen AS FirstSeen, last_seen AS LastSeen
            FROM understanding_misses
            WHERE last_seen >= @since
            ORDER BY count DESC, last_seen DESC
            LIMIT @limit
            """,
            new { since = UnixTime.ToMilliseconds(since), limit = Math.Clamp(limit, 1, 1000) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new MissedUtterance(
            row.MissKey, row.Text, row.Language, row.Intent, row.Outcome, row.Confidence, row.Count,
            UnixTime.FromMilliseconds(row.FirstSeen), UnixTime.FromMilliseconds(row.LastSeen)))];
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM understanding_misses WHERE last_seen < @before",
            new { before = UnixTime.ToMilliseconds(before) },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> DismissAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(key, nameof(key));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM understanding_misses WHERE miss_key = @key", new { key }, cancellationToken: cancellationToken)) > 0;
    }

    private sealed record Row(string MissKey, string? Text, string Language, string Intent, string Outcome, double Confidence, long Count, long FirstSeen, long LastSeen);
}
