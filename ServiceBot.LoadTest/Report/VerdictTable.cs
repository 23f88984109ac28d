using System.Globalization;
using System.Text;
using ServiceBot.LoadTest.Rounds;
using static ServiceBot.LoadTest.Report.Cells;

namespace ServiceBot.LoadTest.Report;

/// <summary>
/// Issue 17's targets per bot under test, "met" or "not met" from the medians, with the figure judged and its spread,
/// so the README can quote the verdict without arithmetic.
/// </summary>
internal static class VerdictTable
{
    public static void Write(StringBuilder md, IReadOnlyList<BotVerdict> verdicts, IReadOnlyList<TargetSummary> medians, int rounds)
    {
        if (verdicts.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Issue 17's targets, from {(rounds > 1 ? $"the medians over {rounds} rounds" : "this one round")} (ready = `/healthz` answering: from then on a turn is answered; `/ready` beside it):").AppendLine();
        var restarted = verdicts.Any(v => v.Goals.Any(g => g.Goal == Goal.ReadyOnRestart));
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| bot | CPU/turn ≤ {Issue17Targets.CpuPerTurnLimit:0}× floor | p99 ≤ {Issue17Targets.P99Limit:0.0}× floor | RSS flat (second half ≤ +{Issue17Targets.RssGrowthLimit * 100:0}%) | " +
            $"ready ≤ {Issue17Targets.ReadyLimitMs / 1000:0.0} s{(restarted ? " (new database · restart on the same database)" : string.Empty)} | first conversation ≤ {Issue17Targets.FirstConversationLimit:0}× steady | all |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var verdict in verdicts)
        {
            var summary = medians.FirstOrDefault(m => m.Name == verdict.Name && m.Script == verdict.Script);
            var cells = verdict.Goals.Where(g => g.Goal != Goal.ReadyOnRestart).Select(g => g.Goal == Goal.Ready
                ? ReadyCell(g, verdict.Goals.FirstOrDefault(r => r.Goal == Goal.ReadyOnRestart), summary)
                : $"{Judged(g.Met)} {Figure(g, summary)}");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {verdict.Name} | {string.Join(" | ", cells)} | {Judged(verdict.AllMet)} |");
        }
    }

    // The start on a new database and the restart on the same one, each judged on its own, in one cell.
    private static string ReadyCell(GoalVerdict newDatabase, GoalVerdict? restart, TargetSummary? summary)
    {
        var first = $"{Judged(newDatabase.Met)} {Figure(newDatabase, summary)}";
        return restart is null
            ? first
            : $"new database: {first} · restart: {Judged(restart.Met)} {Spread(restart.Figure, "#,0")} ms{(summary is null ? string.Empty : $"; /ready {Spread(summary.RestartReadyMs, "#,0")} ms")}";
    }

    private static string Judged(bool? met) => met switch
    {
        true => "met",
        false => "**not met**",
        null => "n/a",
    };

    // The judged figure is the second half's growth; start to end (which counts a one-time step after the warm-up) beside it.
    private static string RssFlat(GoalVerdict goal, TargetSummary? summary) => summary switch
    {
        null => Percent(goal.Figure),
        { RssSecondHalfGrowthFraction.Count: > 0 } =>
            $"second half {Percent(goal.Figure)}; start to end {Percent(summary.RssGrowthFraction)}, {Spread(summary.RssGrowthMb, "+0;-0;0")} MB",
        _ => $"{Percent(goal.Figure)}, {Spread(summary.RssGrowthMb, "+0;-0;0")} MB",
    };

    private static string Figure(GoalVerdict goal, TargetSummary? summary) => goal.Goal switch
    {
        Goal.RssFlat => RssFlat(goal, summary),
        Goal.Ready => $"{Spread(goal.Figure, "#,0")} ms{(summary is null ? string.Empty : $"; /ready {Spread(summary.ReadyMs, "#,0")} ms")}",
        _ => RatioSpread(goal.Figure),
    };
}
