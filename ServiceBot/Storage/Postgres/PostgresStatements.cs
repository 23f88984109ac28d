using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// A store's <see cref="SqlStatement"/> as a command of an <see cref="NpgsqlBatch"/>: each property of its parameters
/// that the SQL names (<c>@name</c>) becomes a parameter, as Dapper binds them when the statement runs alone. The
/// text is rewritten once per statement text into PostgreSQL's own positional form (<c>$1</c>) and the parameters are
/// added in that order, so Npgsql sends it as it is instead of parsing and rewriting it on every execution. Each
/// parameter has the PostgreSQL type of its property, also when its value is null: an untyped null would change the
/// statement's parameter types from one execution to the next (a reply with or without a live card's key, a record
/// with or without an invoke's answer), and Npgsql then prepares the statement again and the server parses and plans
/// it again, instead of running the statement it keeps prepared.
/// </summary>
internal static class PostgresStatements
{
    private static readonly ConcurrentDictionary<(string Sql, Type Parameters), Positional> Bound = new();

    public static NpgsqlBatchCommand ToBatchCommand(SqlStatement statement) => ToBatchCommand(statement.Sql, statement.Parameters);

    public static NpgsqlBatchCommand ToBatchCommand(string sql, object? parameters)
    {
        if (parameters is null)
        {
            return new NpgsqlBatchCommand(sql);
        }

        var positional = PositionalOf(new SqlStatement(sql, parameters));
        var command = new NpgsqlBatchCommand(positional.Sql);
        AddParameters(command.Parameters, positional, parameters);
        return command;
    }

    /// <summary>The positional form of <paramref name="statement"/>'s text, built once per text and type of parameters.</summary>
    public static Positional PositionalOf(SqlStatement statement) =>
        Bound.GetOrAdd((statement.Sql, statement.Parameters.GetType()), static key => Positional.Of(key.Sql, key.Parameters));

    /// <summary>Adds <paramref name="parameters"/>' values to <paramref name="target"/> in <paramref name="positional"/>'s order, typed.</summary>
    public static void AddParameters(NpgsqlParameterCollection target, Positional positional, object parameters)
    {
        for (var i = 0; i < positional.Properties.Length; i++)
        {
            var parameter = new NpgsqlParameter { Value = positional.Properties[i].GetValue(parameters) ?? DBNull.Value };
            if (positional.Types[i] is { } type)
            {
                parameter.NpgsqlDbType = type;
            }

            target.Add(parameter);
        }
    }

    /// <summary>
    /// A statement text with its <c>@name</c>s replaced by <c>$1</c>, <c>$2</c>… (a name used twice keeps its number),
    /// and the parameters' properties in that order. Names inside quotes or comments are left alone; a name the
    /// parameters lack is an error, as it would be from the server. <see cref="Types"/> has each property's PostgreSQL
    /// type, or null for a type left to Npgsql to infer from the value.
    /// </summary>
    internal sealed record Positional(string Sql, PropertyInfo[] Properties)
    {
        public NpgsqlDbType?[] Types { get; } = [.. Properties.Select(property => TypeOf(property.PropertyType))];

        public static Positional Of(string sql, Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(property => property.Name, StringComparer.Ordinal);
            var order = new List<PropertyInfo>();
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var text = new StringBuilder(sql.Length);
            var i = 0;
            while (i < sql.Length)
            {
                var c = sql[i];
                if (c is '\'' or '"')
                {
                    var end = sql.IndexOf(c, i + 1);
                    end = end < 0 ? sql.Length : end + 1;
                    text.Append(sql, i, end - i);
                    i = end;
                }
                else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
                {
                    var end = sql.IndexOf('\n', i);
                    end = end < 0 ? sql.Length : end;
                    text.Append(sql, i, end - i);
                    i = end;
                }
                else if (c == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]))
                {
                    var end = i + 1;
                    while (end < sql.Length && IsNamePart(sql[end]))
                    {
                        end++;
                    }

                    var name = sql[(i + 1)..end];
                    if (!numbers.TryGetValue(name, out var number))
                    {
                        if (!properties.TryGetValue(name, out var property))
                        {
                            throw new InvalidOperationException($"The statement names @{name}, which its parameters ({type.Name}) do not have: {sql}");
                        }

                        order.Add(property);
                        number = numbers[name] = order.Count;
                    }

                    text.Append('$').Append(number);
                    i = end;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }

            return new Positional(text.ToString(), [.. order]);
        }

        /// <summary>The PostgreSQL type the stores' values of <paramref name="type"/> are stored as.</summary>
        internal static NpgsqlDbType? TypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t when t == typeof(string[]) => NpgsqlDbType.Array | NpgsqlDbType.Text,
            var t when t == typeof(long[]) => NpgsqlDbType.Array | NpgsqlDbType.Bigint,
            _ => null,
        };

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

        private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
    }
}
