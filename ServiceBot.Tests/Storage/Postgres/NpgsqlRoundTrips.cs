using System.Diagnostics;
using Npgsql;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>
/// Counts the commands and batches Npgsql sends to one database while it is alive (each is one round trip to the
/// server), from Npgsql's own tracing, so tests running beside it on other databases do not count.
/// </summary>
internal sealed class NpgsqlRoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private readonly string database;
    private readonly List<string> statements = [];

    public NpgsqlRoundTrips(string connectionString)
    {
        database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>What was sent so far, one entry per round trip (a batch's statements joined by ";").</summary>
    public IReadOnlyList<string> Sent
    {
        get
        {
            lock (statements)
            {
                return [.. statements];
            }
        }
    }

    /// <summary>What was sent, one entry per round trip (for a failing assertion's message).</summary>
    public string Describe()
    {
        lock (statements)
        {
            return string.Join(Environment.NewLine + "---" + Environment.NewLine, statements);
        }
    }

    public void Dispose() => listener.Dispose();

    private void Stopped(Activity activity)
    {
        // Npgsql 10 tags as OpenTelemetry's current conventions; earlier versions used db.statement and db.name.
        var statement = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
        if (statement is not null && Equals(activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name"), database))
        {
            lock (statements)
            {
                statements.Add(statement.ToString()!);
            }
        }
    }
}
