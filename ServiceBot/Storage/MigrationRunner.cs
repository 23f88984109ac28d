using System.Data.Common;
using Dapper;

namespace ServiceBot.Storage;

/// <summary>
/// Applies the scripts a database has not seen, all in one transaction, and records them in <c>schema_migrations</c>.
/// The caller's lock statement (PostgreSQL: an advisory lock) keeps instances starting together from racing;
/// SQLite's write transaction does the same there.
/// </summary>
internal static class MigrationRunner
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    BIGINT NOT NULL PRIMARY KEY,
            name       TEXT   NOT NULL,
            applied_at BIGINT NOT NULL
        );
        """;

    /// <summary>
    /// Whether every script is recorded already: the usual start, answered by reads alone, with no transaction and no
    /// lock (nothing is ever removed from <c>schema_migrations</c>, so the answer cannot go stale). False sends the
    /// caller to <see cref="ApplyAsync"/>, which looks again under its lock. <paramref name="tableExistsQuery"/> answers
    /// 1 when <c>schema_migrations</c> exists (a new database has none).
    /// </summary>
    public static async Task<bool> IsCurrentAsync(
        DbConnection connection, IReadOnlyList<MigrationScript> scripts, string tableExistsQuery, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = tableExistsQuery;
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            return false;
        }

        command.CommandText = "SELECT version FROM schema_migrations";
        var applied = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt64(0));
            }
        }

        foreach (var script in scripts)
        {
            if (!applied.Contains(script.Version))
            {
                return false;
            }
        }

        return true;
    }

    public static async Task<IReadOnlyList<MigrationScript>> ApplyAsync(
        DbConnection connection,
        IReadOnlyList<MigrationScript> scripts,
        string? lockStatement,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (lockStatement is not null)
        {
            await connection.ExecuteAsync(Command(lockStatement, null));
        }

        await connection.ExecuteAsync(Command(CreateTable, null));
        var applied = (await connection.QueryAsync<long>(Command("SELECT version FROM schema_migrations", null))).ToHashSet();
        var pending = scripts.Where(script => !applied.Contains(script.Version)).OrderBy(script => script.Version).ToList();
        foreach (var script in pending)
        {
            await connection.ExecuteAsync(Command(script.Sql, null));
            await connection.ExecuteAsync(Command(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = UnixTime.ToMilliseconds(time.GetUtcNow()) }));
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;

        CommandDefinition Command(string sql, object? parameters) =>
            new(sql, parameters, transaction, cancellationToken: cancellationToken);
    }
}
