using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Prepared statements kept on one open SQLite connection (the group commit's writer and the turns' readers, which stay
/// open between turns): a <see cref="SqlStatement"/> run on it is parsed once, then only bound and stepped, instead of being
/// parsed again through a new command on every turn. SQLite prepares again by itself when the schema changed
/// (<c>sqlite3_prepare_v2</c>); the statements go with the connection when it is disposed. At most
/// <see cref="MaxStatements"/> texts are kept; others, and statements whose parameters Dapper must expand (lists),
/// run through Dapper as before.
/// </summary>
internal sealed class SqliteStatementCache : IDisposable
{
    public const int MaxStatements = 64;

    private static readonly ConditionalWeakTable<DbConnection, SqliteStatementCache> Attached = [];

    private readonly SqliteConnection connection;
    private readonly Dictionary<string, CachedStatement> statements = new(StringComparer.Ordinal);

    private SqliteStatementCache(SqliteConnection connection) => this.connection = connection;

    /// <summary>How many statements were prepared on this connection (for tests).</summary>
    public int Prepared { get; private set; }

    /// <summary>Keeps prepared statements on <paramref name="connection"/> until the returned cache is disposed.</summary>
    public static SqliteStatementCache Attach(SqliteConnection connection)
    {
        var cache = new SqliteStatementCache(connection);
        Attached.AddOrUpdate(connection, cache);
        return cache;
    }

    /// <summary>The cache attached to <paramref name="connection"/>, if any (never on another engine's connection, which is not looked up).</summary>
    public static bool TryGet(DbConnection connection, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SqliteStatementCache? cache)
    {
        cache = null;
        return connection is SqliteConnection && Attached.TryGetValue(connection, out cache);
    }

    /// <summary>Disposes the cache attached to <paramref name="connection"/> (if any), then the connection.</summary>
    public static ValueTask CloseAsync(DbConnection connection)
    {
        if (TryGet(connection, out var cache))
        {
            cache.Dispose();
        }

        return connection.DisposeAsync();
    }

    /// <summary>Runs <paramref name="statement"/> with a prepared statement; false (nothing run) when it is not one to keep.</summary>
    public bool TryExecute(SqlStatement statement, DbTransaction? transaction, out int rows)
    {
        rows = 0;
        if (Bound(statement, transaction) is not { } command)
        {
            return false;
        }

        rows = command.ExecuteNonQuery();
        return true;
    }

    /// <summary>
    /// Runs the query <paramref name="statement"/> with a prepared statement and maps its only row (Dapper's mapping);
    /// false (nothing run) when it is not one to keep. More than one row is an error, as with Dapper's QuerySingleOrDefault.
    /// </summary>
    public bool TryQuerySingleOrDefault<T>(SqlStatement statement, DbTransaction? transaction, out T? row)
    {
        row = default;
        if (Bound(statement, transaction) is not { } command)
        {
            return false;
        }

        using var reader = command.ExecuteReader(System.Data.CommandBehavior.SingleResult);
        if (!reader.Read())
        {
            return true;
        }

        row = reader.GetRowParser<T>()(reader);
        if (reader.Read())
        {
            throw new InvalidOperationException("Sequence contains more than one element");
        }

        return true;
    }

    public void Dispose()
    {
        Attached.Remove(connection);
        foreach (var cached in statements.Values)
        {
            cached.Command.Dispose();
        }

        statements.Clear();
    }

    /// <summary>The kept command for <paramref name="statement"/>, bound to its values and the transaction; null when it is not one to keep.</summary>
    private SqliteCommand? Bound(SqlStatement statement, DbTransaction? transaction)
    {
        var binder = SqlParameterBinder.For(statement.Parameters.GetType());
        if (!binder.CanBind || !TryGetCommand(statement.Sql, binder, out var cached))
        {
            return null;
        }

        cached.Command.Transaction = (SqliteTransaction?)transaction;
        cached.Bind(statement.Parameters);
        return cached.Command;
    }

    private bool TryGetCommand(string sql, SqlParameterBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachedStatement? cached)
    {
        if (statements.TryGetValue(sql, out cached) && cached.Binder == binder)
        {
            return true;
        }

        if (cached is null && statements.Count >= MaxStatements)
        {
            return false;
        }

        cached?.Command.Dispose();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        cached = new CachedStatement(command, binder, binder.ParametersUsedBy(sql, command));
        statements[sql] = cached;
        Prepared++;
        return true;
    }

    private sealed record CachedStatement(SqliteCommand Command, SqlParameterBinder Binder, IReadOnlyList<(SqliteParameter Parameter, int Property)> Parameters)
    {
        public void Bind(object values)
        {
            foreach (var (parameter, property) in Parameters)
            {
                parameter.Value = Binder.Value(values, property);
            }
        }
    }
}
