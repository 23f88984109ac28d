using System.Globalization;
using System.Text;
using ServiceBot.LoadTest.Load;
using static ServiceBot.LoadTest.Report.Cells;

namespace ServiceBot.LoadTest.Report;

/// <summary>
/// The report as Markdown, ready for the README: per script, a steady-state table and a fresh-process table (one run's
/// figures, or with several rounds the medians over them and a table by round), then the verdict on issue 17's targets.
/// </summary>
internal static class MarkdownReport
{
    public static string Write(BenchmarkReport report, string? note)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        var md = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(note))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> **{note.Trim()}**").AppendLine();
        }

        if (report.StoppedBy is { } stopped)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> **Stopped early**, in {stopped.Split('\n')[0].Trim()} The tables hold the runs before it.").AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture,
            $"{Count(s.Conversations)} conversations with {s.InFlight} in flight after {Count(s.WarmUp)} warm-up conversations, per bot and script; " +
            $"{(s.TokenReuse > TimeSpan.Zero ? $"one signed channel token per serviceUrl, renewed every {s.TokenReuse.TotalMinutes:0} min" : "a channel token signed for every activity")}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {report.Machine}. Sitting started {report.StartedAtUtc}.");
        if (s.Restart)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"After its measured conversations each bot is stopped as a deploy stops it (SIGTERM, killed after {Bots.BotProcess.StopGracePeriod.TotalSeconds:0} s) and started again on the same database, timed as the first start, with one conversation alone.");
        }

        var severalRounds = report.Rounds.Count > 1;
        if (severalRounds)
        {
            RoundTables.Describe(md, report.Rounds);
        }

        foreach (var script in report.Scripts)
        {
            var results = report.Results.Where(r => r.Script == script.Name).ToList();
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{script.Name}** ({script.Turns} turns: {script.Description})").AppendLine();
            if (severalRounds)
            {
                RoundTables.Write(md, [.. report.Medians.Where(m => m.Script == script.Name)], results, report.Rounds.Count);
            }
            else
            {
                OneRun(md, results);
            }

            MemoryTable.Write(md, results, severalRounds);

            VerdictTable.Write(md, [.. report.Verdicts.Where(v => v.Script == script.Name)], [.. report.Medians.Where(m => m.Script == script.Name)], report.Rounds.Count);
            Problems(md, results, severalRounds);
        }

        return md.ToString();
    }

    private static void OneRun(StringBuilder md, IReadOnlyList<TargetResult> results)
    {
        md.AppendLine("| bot | turns/s | p50 ms | p95 ms | p99 ms | CPU ms/turn | CPU × floor | p99 × floor | RSS MB start → end (max) | Connector calls/conv | KB/conv | errors |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.TurnsPerSecond:0} | {r.Latency.P50:0.0} | {r.Latency.P95:0.0} | {r.Latency.P99:0.0} | {r.CpuMsPerTurn:0.00} | " +
                $"{Ratio(r.VersusFloor?.CpuPerTurn)} | {Ratio(r.VersusFloor?.P99)} | " +
                $"{r.Memory.StartMb:0} → {r.Memory.EndMb:0} ({r.Memory.MaxMb:0}) | {r.Connector.CallsPerConversation:0.0} | {r.Connector.KilobytesPerConversation:0.0} | " +
                $"{r.Problems.AllErrors}{(r.StoppedByTimeLimit ? " (time limit)" : string.Empty)} |");
        }

        md.AppendLine().AppendLine("| bot | ready (/healthz) ms | fully ready (/ready) ms | first answer ms | first conversation, ms per turn | steady p50, ms per turn | first conversation worst × steady |");
        md.AppendLine("| --- | ---: | ---: | ---: | --- | --- | ---: |");
        foreach (var r in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Start.ReadyMs:0}{(r.Start.ReadyBy == "healthz" ? string.Empty : " (listening)")} | {r.Start.FullyReadyMs:0} | {r.Start.FirstAnswerMs:0} | {Join(r.Start.FirstConversationMs, "0")} | {Join(r.Start.SteadyP50Ms, "0.0")} | {Ratio(r.Start.WorstRatio)} |");
        }

        if (results.All(r => r.Start.Restart is null))
        {
            return;
        }

        md.AppendLine().AppendLine("Stopped (SIGTERM) after the measured conversations, then started again on the same database:").AppendLine();
        md.AppendLine("| bot | stop ms | errors at stop | ready (/healthz) ms: new database → restart | fully ready (/ready) ms: new → restart | CPU ms to /ready: new → restart | conversation after the restart, ms per turn | worst × steady |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var r in results.Where(r => r.Start.Restart is not null))
        {
            var restart = r.Start.Restart!;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {restart.StopMs:0}{(restart.StopNeededKill ? " (killed)" : string.Empty)} | {restart.StopLogProblems} | {r.Start.ReadyMs:0} → {restart.ReadyMs:0} | " +
                $"{r.Start.FullyReadyMs:0} → {restart.FullyReadyMs:0} | {r.Start.CpuMsToReady:0} → {restart.CpuMsToReady:0} | {Join(restart.FirstConversationMs, "0")} | {Ratio(r.Start.RestartWorstRatio)} |");
        }
    }

    private static void Problems(StringBuilder md, IReadOnlyList<TargetResult> results, bool severalRounds)
    {
        foreach (var r in results.Where(r => r.Problems.AllErrors > 0 || r.Problems.BotLogErrors > 0 || r.Connector.RefusedCalls > 0))
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"{r.Name}{(severalRounds ? $", round {r.Round}" : string.Empty)}: {r.Problems.AllErrors} failed turns ({r.Problems.SilentTurns} silent), {r.Problems.BotLogErrors} errors in its log, " +
                $"{r.Connector.RefusedCalls} Connector calls refused (log: {r.LogFile})");
            foreach (var message in r.Problems.Messages.Concat(r.Problems.BotLogFirstErrors).Take(8))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {message}");
            }
        }

        foreach (var r in results.Where(r => r.Start.Restart is { } x && (x.StopNeededKill || x.StopLogProblems > 0 || x.Errors > 0 || x.BotLogErrors > 0)))
        {
            var restart = r.Start.Restart!;
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"{r.Name}{(severalRounds ? $", round {r.Round}" : string.Empty)}, its stop and restart: {(restart.StopNeededKill ? "killed after the grace period" : "stopped by SIGTERM")} (exit code {restart.StopExitCode}), " +
                $"{restart.StopLogProblems} errors in its log while stopping (log: {r.LogFile}); after the restart {restart.Errors} failed turns, {restart.BotLogErrors} errors in its log (log: {restart.LogFile})");
            foreach (var message in restart.StopLogFirstProblems.Select(m => "at stop: " + m).Concat(restart.ErrorMessages).Concat(restart.BotLogFirstErrors).Take(8))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {message}");
            }
        }
    }
}
