namespace ServiceBot.LoadTest.Rounds;

/// <summary>Judges each bot under test (not the floor) against issue 17's targets, from its medians over the rounds.</summary>
internal static class Issue17Targets
{
    public const double CpuPerTurnLimit = 2.0;
    public const double P99Limit = 1.5;
    public const double RssGrowthLimit = 0.05;
    public const double ReadyLimitMs = 500;
    public const double FirstConversationLimit = 3.0;

    public static IReadOnlyList<BotVerdict> Judge(IReadOnlyList<TargetSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return [.. summaries.Where(s => !s.IsFloor).Select(s => new BotVerdict(s.Name, s.Script,
        [
            Verdict(Goal.CpuPerTurn, s.CpuVersusFloor, CpuPerTurnLimit),
            Verdict(Goal.P99, s.P99VersusFloor, P99Limit),
            Verdict(Goal.RssFlat, RssFlatFigure(s), RssGrowthLimit),
            Verdict(Goal.Ready, s.HealthzMs, ReadyLimitMs),
            .. s.RestartHealthzMs.Count > 0 ? [Verdict(Goal.ReadyOnRestart, s.RestartHealthzMs, ReadyLimitMs)] : Array.Empty<GoalVerdict>(),
            Verdict(Goal.FirstConversation, s.FirstConversationWorstVersusSteady, FirstConversationLimit),
        ]))];
    }

    /// <summary>
    /// Resident memory's growth over the second half of the measured conversations: a one-time step after the warm-up
    /// (the GC's budgets, tier-1 code, SQLite's page caches filling) lands in the first half, a leak grows in both. Runs
    /// recorded without the per-conversation readings are judged from start to end, as before.
    /// </summary>
    public static Spread RssFlatFigure(TargetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.RssSecondHalfGrowthFraction.Count > 0 ? summary.RssSecondHalfGrowthFraction : summary.RssGrowthFraction;
    }

    private static GoalVerdict Verdict(Goal goal, Spread figure, double limit) =>
        new(goal, figure, limit, double.IsFinite(figure.Median) ? figure.Median <= limit : null);
}
