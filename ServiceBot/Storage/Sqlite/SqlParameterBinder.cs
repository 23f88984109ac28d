using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Reads a statement's parameters from the object that carries them (an anonymous object or a record whose
/// properties are named as the SQL's <c>@names</c>), the way Dapper does for these types: null as NULL, an enum as its
/// number. One per parameter type, kept for the process.
/// </summary>
internal sealed partial class SqlParameterBinder
{
    private static readonly ConcurrentDictionary<Type, SqlParameterBinder> Binders = new();

    private readonly PropertyInfo[] properties;
    private readonly Func<object, object?>[] getters;

    private SqlParameterBinder(Type type)
    {
        properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        getters = [.. properties.Select(p => (Func<object, object?>)p.GetValue)];

        // Lists are expanded by Dapper (IN @ids); such statements are not kept.
        CanBind = properties.All(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(byte[]) || !typeof(IEnumerable).IsAssignableFrom(p.PropertyType));
    }

    /// <summary>Whether every parameter binds as one value.</summary>
    public bool CanBind { get; }

    public static SqlParameterBinder For(Type type) => Binders.GetOrAdd(type, static t => new SqlParameterBinder(t));

    /// <summary>Adds to <paramref name="command"/> a parameter for each property that <paramref name="sql"/> names.</summary>
    public IReadOnlyList<(SqliteParameter Parameter, int Property)> ParametersUsedBy(string sql, SqliteCommand command)
    {
        var used = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var bound = new List<(SqliteParameter, int)>();
        for (var i = 0; i < properties.Length; i++)
        {
            if (used.Contains(properties[i].Name))
            {
                bound.Add((command.Parameters.Add(new SqliteParameter("@" + properties[i].Name, null)), i));
            }
        }

        return bound;
    }

    public object Value(object values, int property) => getters[property](values) switch
    {
        null => DBNull.Value,
        Enum value => Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        var value => value,
    };

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
