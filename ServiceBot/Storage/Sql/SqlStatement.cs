using System.Data.Common;
using Dapper;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// One statement of a store with its parameters (an object whose properties are named as the SQL's <c>@names</c>):
/// run at once through Dapper, or queued by PostgreSQL's turn transaction and sent with the turn's other statements
/// in one round trip.
/// </summary>
internal sealed record SqlStatement(string Sql, object Parameters)
{
    public Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Sql, Parameters, transaction, cancellationToken: cancellationToken));
}
