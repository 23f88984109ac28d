using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.People;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// A turn's first reads (<see cref="TurnReads"/>) as one statement: each read is a branch of one <c>UNION ALL</c>, its
/// own statement text unchanged inside it, and every row says which read it answers (<c>part</c>). The server starts
/// one statement, with one snapshot, instead of one for each of up to four reads. Columns: part, key, text, etag,
/// number — the processed-activity record (its answer's body and status), a state item (key, json, etag), the session a
/// state item names (json, etag) and the roster's answer (number: 1 for a supervisor only). The text is built once per
/// shape of reads (which reads, how many state keys), so the server keeps it prepared.
/// </summary>
internal static partial class TurnReadsStatement
{
    public const int Processed = 0;
    public const int State = 1;
    public const int Session = 2;
    public const int SupervisorOnly = 3;

    private static readonly ConcurrentDictionary<(bool Processed, int StateKeys, bool Session, bool SupervisorOnly), string> Texts = new();

    /// <summary>The reads to make; <paramref name="stateKeys"/> checked and without repeats.</summary>
    public static NpgsqlBatchCommand Command(ProcessedActivityKey? processed, IReadOnlyList<string> stateKeys, SessionInState? session, PersonKey? supervisorOnly)
    {
        var statements = Statements(processed, stateKeys, session, supervisorOnly);
        var text = Texts.GetOrAdd(
            (processed is not null, stateKeys.Count, session is not null, supervisorOnly is not null),
            static (shape, statements) => Text(statements, shape.StateKeys),
            statements);
        var command = new NpgsqlBatchCommand(text);
        foreach (var (_, statement) in statements)
        {
            if (statement is not null)
            {
                PostgresStatements.AddParameters(command.Parameters, PostgresStatements.PositionalOf(statement), statement.Parameters);
            }
            else
            {
                foreach (var key in stateKeys)
                {
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = key });
                }
            }
        }

        return command;
    }

    /// <summary>The row's columns, as every branch selects them.</summary>
    public static (int Part, string? Key, string? Text, string? ETag, long? Number) Row(NpgsqlDataReader reader) => (
        reader.GetInt32(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetInt64(4));

    /// <summary>Each branch's wrapper and statement; the state items' branch has no statement (its keys are the parameters).</summary>
    private static List<(string Wrapper, SqlStatement? Statement)> Statements(
        ProcessedActivityKey? processed, IReadOnlyList<string> stateKeys, SessionInState? session, PersonKey? supervisorOnly)
    {
        var statements = new List<(string, SqlStatement?)>(4);
        if (processed is { } key)
        {
            statements.Add(($"SELECT {Processed}, NULL::text, p.body, NULL::text, p.status::bigint FROM ({{0}}) AS p(status, body)", SqlProcessedActivityStore.FindStatement(key)));
        }

        if (stateKeys.Count > 0)
        {
            statements.Add(($"SELECT {State}, s.item_key, s.json, s.etag, NULL::bigint FROM ({{0}}) AS s(item_key, json, etag)", null));
        }

        if (session is { } named)
        {
            statements.Add(($"SELECT {Session}, NULL::text, v.json, v.etag, NULL::bigint FROM ({{0}}) AS v(json, etag)", PostgresTurnTransaction.SessionInState(named)));
        }

        if (supervisorOnly is { } person)
        {
            statements.Add(($"SELECT {SupervisorOnly}, NULL::text, NULL::text, NULL::text, r.answer::bigint FROM ({{0}}) AS r(answer)", SqlRosterStore.SupervisorOnlyStatement(person)));
        }

        return statements;
    }

    private static string Text(List<(string Wrapper, SqlStatement? Statement)> statements, int stateKeys)
    {
        var text = new StringBuilder();
        var numbered = 0;
        foreach (var (wrapper, statement) in statements)
        {
            string inner;
            int count;
            if (statement is null)
            {
                inner = StateItemsIn.Text(stateKeys);
                count = stateKeys;
            }
            else
            {
                var positional = PostgresStatements.PositionalOf(statement);
                inner = positional.Sql;
                count = positional.Properties.Length;
            }

            var offset = numbered;
            inner = ParameterNumber().Replace(inner, match => "$" + (int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + offset));
            numbered += count;
            if (text.Length > 0)
            {
                text.Append("\nUNION ALL\n");
            }

            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, inner));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex ParameterNumber();
}
