using System.Globalization;
using System.Text;
using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Rounds;
using static ServiceBot.LoadTest.Report.Cells;

namespace ServiceBot.LoadTest.Report;

/// <summary>
/// A sitting of several rounds in Markdown: each bot's medians over the rounds with their spread (steady state, then the
/// fresh process), and a table by round that shows each run's place in the order beside its CPU and p99.
/// </summary>
internal static class RoundTables
{
    public static void Describe(StringBuilder md, IReadOnlyList<SittingRound> rounds)
    {
        var orders = string.Join("; ", rounds.Select(r => string.Create(CultureInfo.InvariantCulture, $"round {r.Number} ({r.Seconds / 60:0.0} min, load average {Range(r.LoadAverage)}): {string.Join(", ", r.Order)}")));
        md.AppendLine(CultureInfo.InvariantCulture,
            $"{rounds.Count} rounds, each running every bot once, as a fresh process on a fresh database; each round starts further along the order by an even share of the runs: {orders}.");
        md.AppendLine("Figures are medians over the rounds, the smallest and largest in brackets; a ratio to the floor is taken within each round, against that round's floor, then the median of those.");
    }

    public static void Write(StringBuilder md, IReadOnlyList<TargetSummary> medians, IReadOnlyList<TargetResult> results, int rounds)
    {
        md.AppendLine("| bot | turns/s | p50 ms | p99 ms | CPU ms/turn | CPU × floor | p99 × floor | RSS MB at start | RSS growth | errors |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in medians)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Name} | {Spread(m.TurnsPerSecond, "0")} | {Spread(m.P50Ms, "0.0")} | {Spread(m.P99Ms, "0.0")} | {Spread(m.CpuMsPerTurn, "0.00")} | " +
                $"{RatioSpread(m.CpuVersusFloor)} | {RatioSpread(m.P99VersusFloor)} | {Spread(m.RssStartMb, "0")} | {Percent(m.RssGrowthFraction)} | " +
                $"{m.Errors}{(m.StoppedByTimeLimit ? " (time limit)" : string.Empty)} |");
        }

        md.AppendLine().AppendLine("| bot | ready (/healthz) ms | fully ready (/ready) ms | first answer ms | CPU ms to /ready | first conversation worst × steady |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in medians)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Name} | {Spread(m.HealthzMs, "0")} | {Spread(m.ReadyMs, "0")} | {Spread(m.FirstAnswerMs, "0")} | {Spread(m.CpuMsToReady, "0")} | {RatioSpread(m.FirstConversationWorstVersusSteady)} |");
        }

        RestartTable(md, medians);

        md.AppendLine().AppendLine("By round: place in the order, CPU ms/turn (× floor), p99 ms (× floor).").AppendLine();
        md.AppendLine("| bot | " + string.Join(" | ", Enumerable.Range(1, rounds).Select(r => $"round {r}")) + " |");
        md.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" --- |", rounds)));
        foreach (var m in medians)
        {
            var cells = Enumerable.Range(1, rounds).Select(round =>
                results.FirstOrDefault(r => r.Name == m.Name && r.Round == round) is { } run ? ByRound(run) : Missing);
            md.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {string.Join(" | ", cells)} |");
        }
    }

    /// <summary>After the measured conversations each bot was stopped as a deploy stops it and started again on the same database.</summary>
    private static void RestartTable(StringBuilder md, IReadOnlyList<TargetSummary> medians)
    {
        if (medians.All(m => m.RestartHealthzMs.Count == 0))
        {
            return;
        }

        md.AppendLine().AppendLine("Stopped (SIGTERM) after the measured conversations, then started again on the same database:").AppendLine();
        md.AppendLine("| bot | stop ms | stops killed | errors at stop | ready (/healthz) ms: new database → restart | fully ready (/ready) ms: new → restart | CPU ms to /ready: new → restart | conversation after the restart, worst × steady |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in medians.Where(m => m.RestartHealthzMs.Count > 0))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Name} | {Spread(m.StopMs, "0")} | {m.StopsNeedingKill} | {m.StopLogProblems} | {Spread(m.HealthzMs, "0")} → {Spread(m.RestartHealthzMs, "0")} | " +
                $"{Spread(m.ReadyMs, "0")} → {Spread(m.RestartReadyMs, "0")} | {Spread(m.CpuMsToReady, "0")} → {Spread(m.RestartCpuMsToReady, "0")} | {RatioSpread(m.RestartFirstConversationWorstVersusSteady)} |");
        }
    }

    private static string ByRound(TargetResult run) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Ordinal(run.Position)}: {run.CpuMsPerTurn:0.00}{(run.VersusFloor is { } f ? $" ({Ratio(f.CpuPerTurn)})" : string.Empty)}, " +
            $"{run.Latency.P99:0.0}{(run.VersusFloor is { } g ? $" ({Ratio(g.P99)})" : string.Empty)}");

    private static string Range(Spread spread) =>
        Number(spread.Min, "0.0") == Number(spread.Max, "0.0") ? Number(spread.Min, "0.0") : $"{Number(spread.Min, "0.0")}–{Number(spread.Max, "0.0")}";

    private static string Ordinal(int position) => position switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => position.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
