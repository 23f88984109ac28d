using Npgsql;
using NpgsqlTypes;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// A turn's state items read in one statement, <c>item_key IN ($1, $2, …)</c>, one text per number of keys. The list of
/// parameters keeps the server on one generic plan once the statement is prepared; an array parameter
/// (<c>item_key = ANY($1)</c>) did not: its plan for an array of unknown length never won over a plan for the keys given,
/// so the server planned it anew on every turn.
/// </summary>
internal static class StateItemsIn
{
    private const int Kept = 8;

    private static readonly string?[] Texts = new string?[Kept + 1];

    public static NpgsqlBatchCommand Command(IReadOnlyList<string> keys)
    {
        var command = new NpgsqlBatchCommand(Text(keys.Count));
        foreach (var key in keys)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = key });
        }

        return command;
    }

    /// <summary>Puts each key's item (null when it has none) into <paramref name="states"/>; the rows come in no order.</summary>
    public static void Read(NpgsqlDataReader reader, IReadOnlyList<string> keys, Dictionary<string, StoreItem?> states)
    {
        foreach (var key in keys)
        {
            states[key] = null;
        }

        while (reader.Read())
        {
            var item = Item(reader);
            states[item.Key] = item;
        }
    }

    /// <summary>The item on the reader's current row (item_key, json, etag, as every state read selects them).</summary>
    public static StoreItem Item(NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));

    internal static string Text(int count)
    {
        if (count <= Kept && Texts[count] is { } kept)
        {
            return kept;
        }

        var text = $"SELECT item_key, json, etag FROM state_items WHERE item_key IN ({string.Join(", ", Enumerable.Range(1, count).Select(i => $"${i}"))})";
        if (count <= Kept)
        {
            Texts[count] = text;
        }

        return text;
    }
}
