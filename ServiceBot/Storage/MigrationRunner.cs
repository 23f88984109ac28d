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
    /// Brings the database up to <paramref name="scripts"/>; returns the scripts it applied (none on the usual start).
    /// <paramref name="tableExistsQuery"/> answers 1 when <c>schema_migrations</c> exists (a new database has none).
    /// </summary>
    public static async Task<IReadOnlyList<MigrationScript>> MigrateAsync(
        DbConnection connection,
        IReadOnlyList<MigrationScript> scripts,
        string tableExistsQuery,
        string? lockStatement,
        TimeProvider time,
        CancellationToken cancellationToken) =>
        await IsCurrentAsync(connection, scripts, tableExistsQuery, cancellationToken)
            ? []
            : await ApplyAsync(connection, scripts, lockStatement, time, cancellationToken);

    /// <summary>
    /// Whether every script is recorded already: the usual start, answered by reads alone, with no transaction and no
    /// lock (nothing is ever removed from <c>schema_migrations</c>, so the answer cannot go stale). False sends the
    /// caller to <see cref="ApplyAsync"/>, which looks again under its lock.
    /// </summary>
    private static async Task<bool> IsCurrentAsync(
        DbConnection connection, IReadOnlyList<MigrationScript> scripts, string tableExistsQuery, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = tableExistsQuery;
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                return false;
            }
        }

        return Pending(scripts, await AppliedVersionsAsync(connection, transaction: null, cancellationToken)).Count == 0;
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
        var pending = Pending(scripts, await AppliedVersionsAsync(connection, transaction, cancellationToken));
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

    private static async Task<HashSet<long>> AppliedVersionsAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations";
        var applied = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetInt64(0));
        }

        return applied;
    }

    /// <summary>The scripts not yet recorded, oldest first.</summary>
    private static List<MigrationScript> Pending(IReadOnlyList<MigrationScript> scripts, HashSet<long> applied) =>
        scripts.Where(script => !applied.Contains(script.Version)).OrderBy(script => script.Version).ToList();
}
