using Dapper;
using ServiceBot.Understanding;
using ServiceBot.People;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="ISeenPeopleDirectory"/> over <c>conversation_references</c>: the references the bot keeps from verified
/// activities already name each user (Entra object id, Teams user id, name, tenant), so nothing is stored twice. The
/// filter runs here rather than in SQL so that "sofia" finds "Sofía" on both engines.
/// </summary>
internal sealed class SqlSeenPeopleDirectory(StorageDatabase database) : ISeenPeopleDirectory
{
    public const int MaxLimit = 200;

    public async Task<IReadOnlyList<SeenPerson>> FindAsync(string? search, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        limit = Math.Min(limit, MaxLimit);
        var sql = database.Provider == StorageProvider.Postgres
            ? """
              SELECT aad_object_id AS ObjectId, user_id AS TeamsUserId, json::jsonb -> 'user' ->> 'name' AS Name,
                     json::jsonb -> 'conversation' ->> 'tenantId' AS TenantId, updated_at AS UpdatedAt
              FROM conversation_references WHERE aad_object_id IS NOT NULL ORDER BY updated_at DESC
              """
            : """
              SELECT aad_object_id AS ObjectId, user_id AS TeamsUserId, json_extract(json, '$.user.name') AS Name,
                     json_extract(json, '$.conversation.tenantId') AS TenantId, updated_at AS UpdatedAt
              FROM conversation_references WHERE aad_object_id IS NOT NULL ORDER BY updated_at DESC
              """;

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        var wanted = TextNormalizer.Normalize(search);
        return [.. rows
            .DistinctBy(row => (row.ObjectId, row.TenantId?.ToLowerInvariant()))
            .Where(row => wanted.Length == 0 || Matches(row, wanted, search!.Trim()))
            .Take(limit)
            .Select(row => row.ToSeenPerson())];
    }

    private static bool Matches(Row row, string wanted, string raw) =>
        TextNormalizer.Normalize(row.Name).Contains(wanted, StringComparison.Ordinal) ||
        string.Equals(row.TeamsUserId, raw, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(row.ObjectId, raw, StringComparison.OrdinalIgnoreCase);

    // Settable properties rather than a positional record: SQLite reports a NULL column (a reference without a user
    // name) as a byte[] column, and Dapper then finds no constructor that matches.
    private sealed class Row
    {
        public string ObjectId { get; init; } = string.Empty;

        public string TeamsUserId { get; init; } = string.Empty;

        public string? Name { get; init; }

        public string? TenantId { get; init; }

        public long UpdatedAt { get; init; }

        public SeenPerson ToSeenPerson() =>
            new(PersonKey.From(TenantId, ObjectId), ObjectId, TeamsUserId, Name, UnixTime.FromMilliseconds(UpdatedAt));
    }
}
