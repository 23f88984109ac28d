using System.Data.Common;
using System.Globalization;
using System.Text;

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
    /// A database that has recorded no script takes <paramref name="baseline"/> (when given) in place of the scripts
    /// up to its version.
    /// </summary>
    public static async Task<IReadOnlyList<MigrationScript>> MigrateAsync(
        DbConnection connection,
        IReadOnlyList<MigrationScript> scripts,
        string tableExistsQuery,
        string? lockStatement,
        TimeProvider time,
        CancellationToken cancellationToken,
        MigrationScript? baseline = null) =>
        await IsCurrentAsync(connection, scripts, tableExistsQuery, cancellationToken)
            ? []
            : await ApplyAsync(connection, scripts, lockStatement, time, cancellationToken, baseline);

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
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 1)
            {
                return false;
            }
        }

        return Pending(scripts, await AppliedVersionsAsync(connection, transaction: null, cancellationToken)).Count == 0;
    }

    /// <summary>
    /// Takes the lock, reads what is recorded, and sends every pending script with the rows that record them as one
    /// command: on PostgreSQL one round trip for the whole schema of a new database (a trip per script and per record
    /// before, each waiting for a busy start's cores), then one commit. With nothing recorded yet, a
    /// <paramref name="baseline"/> replaces the scripts up to its version (they are recorded all the same).
    /// </summary>
    public static async Task<IReadOnlyList<MigrationScript>> ApplyAsync(
        DbConnection connection,
        IReadOnlyList<MigrationScript> scripts,
        string? lockStatement,
        TimeProvider time,
        CancellationToken cancellationToken,
        MigrationScript? baseline = null)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var prepare = connection.CreateCommand())
        {
            prepare.Transaction = transaction;
            prepare.CommandText = lockStatement is null ? CreateTable : $"{lockStatement};\n{CreateTable}";
            await prepare.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var pending = Pending(scripts, applied);
        if (pending.Count > 0)
        {
            var run = applied.Count == 0 && baseline is not null
                ? [baseline, .. pending.Where(script => script.Version > baseline.Version)]
                : pending;
            await using var apply = ApplyCommand(connection, transaction, run, pending, UnixTime.ToMilliseconds(time.GetUtcNow()));
            await apply.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    /// <summary>
    /// The scripts to run in order, then one INSERT recording every pending version. Every script ends its last
    /// statement with a semicolon (a script that did not would run into the next one: a syntax error, never a silent merge).
    /// </summary>
    private static DbCommand ApplyCommand(
        DbConnection connection, DbTransaction transaction, List<MigrationScript> run, List<MigrationScript> pending, long appliedAt)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        foreach (var script in run)
        {
            sql.Append(script.Sql).Append('\n');
        }

        sql.Append("INSERT INTO schema_migrations (version, name, applied_at) VALUES ");
        for (var i = 0; i < pending.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@v{i}, @n{i}, @applied_at)");
            AddParameter(command, $"v{i}", pending[i].Version);
            AddParameter(command, $"n{i}", pending[i].Name);
        }

        sql.Append(';');
        AddParameter(command, "applied_at", appliedAt);
        command.CommandText = sql.ToString();
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
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
