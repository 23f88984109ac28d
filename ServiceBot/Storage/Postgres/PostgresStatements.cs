using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// A store's <see cref="SqlStatement"/> as a command of an <see cref="NpgsqlBatch"/>: each property of its parameters
/// that the SQL names (<c>@name</c>) becomes a parameter, as Dapper binds them when the statement runs alone.
/// </summary>
internal static partial class PostgresStatements
{
    private static readonly ConcurrentDictionary<(string Sql, Type Parameters), PropertyInfo[]> Bound = new();

    public static NpgsqlBatchCommand ToBatchCommand(SqlStatement statement) => ToBatchCommand(statement.Sql, statement.Parameters);

    public static NpgsqlBatchCommand ToBatchCommand(string sql, object? parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        if (parameters is null)
        {
            return command;
        }

        foreach (var property in Bound.GetOrAdd((sql, parameters.GetType()), static key => Named(key.Sql, key.Parameters)))
        {
            command.Parameters.Add(new NpgsqlParameter(property.Name, property.GetValue(parameters) ?? DBNull.Value));
        }

        return command;
    }

    private static PropertyInfo[] Named(string sql, Type type)
    {
        var names = ParameterName().Matches(sql).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => names.Contains(property.Name))];
    }

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
