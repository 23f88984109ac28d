using System.Data.Common;
using Dapper;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// One statement of a store with its parameters (an object whose properties are named as the SQL's <c>@names</c>):
/// run at once through Dapper, or queued by PostgreSQL's turn transaction and sent with the turn's other statements
/// in one round trip.
/// </summary>
internal sealed record SqlStatement(string Sql, object Parameters)
{
    /// <summary>
    /// Runs the statement and returns the rows it changed. On a SQLite connection that keeps prepared statements (the
    /// group commit's writer, <see cref="SqliteStatementCache"/>) it reuses the one prepared for this text.
    /// </summary>
    public Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (SqliteStatementCache.TryGet(connection, out var statements))
        {
            try
            {
                if (statements.TryExecute(this, transaction, out var rows))
                {
                    return Task.FromResult(rows);
                }
            }
            catch (Exception ex)
            {
                return Task.FromException<int>(ex);
            }
        }

        return connection.ExecuteAsync(new CommandDefinition(Sql, Parameters, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Runs the query and maps its only row (null when none); on a SQLite connection that keeps prepared statements it reuses one.</summary>
    public Task<T?> QuerySingleOrDefaultAsync<T>(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (SqliteStatementCache.TryGet(connection, out var statements))
        {
            try
            {
                if (statements.TryQuerySingleOrDefault<T>(this, transaction, out var row))
                {
                    return Task.FromResult(row);
                }
            }
            catch (Exception ex)
            {
                return Task.FromException<T?>(ex);
            }
        }

        return connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(Sql, Parameters, transaction, cancellationToken: cancellationToken))!;
    }
}
