using System.Diagnostics;
using System.Globalization;
using ServiceBot.Storage;

namespace ServiceBot.Benchmarks.Feedback;

/// <summary>
/// The results queries of <see cref="FeedbackResultsBenchmarks"/> timed directly, one seeded database per engine and
/// each query run by the same process that seeded it: <c>dotnet run -c Release --project ServiceBot.Benchmarks --
/// results-medians [runs]</c>. A quick, repeatable median when BenchmarkDotNet's full run (a fresh seed of 1,250,000
/// services per case) takes too long on a shared machine.
/// </summary>
public static class FeedbackResultsMedians
{
    public const string Command = "results-medians";

    /// <summary>How SQLite (the bundled version) plans the every-team queries by agent, for the README's notes.</summary>
    private static async Task PrintPlansAsync(string file)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        string[] queries =
        [
            "SELECT agent_id, COUNT(*), SUM(rating) FROM feedback_responses WHERE submitted_at >= 1764000000000 AND submitted_at < 1766000000000 GROUP BY agent_id",
            "SELECT agent_id, MAX(agent_name), MAX(team_id), COUNT(*) FROM survey_invitations WHERE created_at >= 1764000000000 AND created_at < 1766000000000 GROUP BY agent_id",
        ];
        foreach (var sql in queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"  plan: {reader.GetString(3)}");
            }
        }
    }

    public static async Task RunAsync(int runs)
    {
        foreach (var engine in FeedbackResultsBenchmarks.Engines())
        {
            var benchmarks = new FeedbackResultsBenchmarks { Engine = engine };
            var seeding = Stopwatch.StartNew();
            await benchmarks.SetupAsync();
            Console.WriteLine($"{engine}: seeded in {seeding.Elapsed.TotalSeconds:0} s");
            if (benchmarks.SqliteFile is { } file)
            {
                await PrintPlansAsync(file);
            }

            try
            {
                (string Name, Func<Task> Run)[] queries =
                [
                    ("Supervisor: one team, last 4 weeks", () => benchmarks.TeamFourWeeks()),
                    ("Supervisor: one team, last 26 weeks", () => benchmarks.TeamHalfYear()),
                    ("Admin: every team, last 4 weeks", () => benchmarks.AllTeamsFourWeeks()),
                    ("Agent: their own, last 12 weeks", () => benchmarks.AgentTwelveWeeks()),
                ];
                foreach (var (name, run) in queries)
                {
                    await run(); // warm-up
                    var times = new List<double>();
                    for (var i = 0; i < runs; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        await run();
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    times.Sort();
                    var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {engine} | {name} | {median:0} ms | min {times[0]:0} ms, max {times[^1]:0} ms ({runs} runs) |"));
                }
            }
            finally
            {
                await benchmarks.CleanupAsync();
            }
        }
    }
}
