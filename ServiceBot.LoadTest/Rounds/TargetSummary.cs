using ServiceBot.LoadTest.Load;

namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// One bot on one script over every round of a sitting: each figure's median and spread. The ratios to the floor are
/// taken within a round (against that round's floor run) and then their median, so a slow round moves the bot and its
/// floor together instead of tilting the ratio. <see cref="Positions"/> is the bot's place (from 1) in each round's order.
/// </summary>
internal sealed record TargetSummary
{
    public required string Name { get; init; }

    public required string Script { get; init; }

    public required string Storage { get; init; }

    public required bool IsFloor { get; init; }

    public required IReadOnlyList<int> Positions { get; init; }

    public required Spread TurnsPerSecond { get; init; }

    public required Spread P50Ms { get; init; }

    public required Spread P99Ms { get; init; }

    public required Spread CpuMsPerTurn { get; init; }

    public required Spread CpuVersusFloor { get; init; }

    public required Spread P99VersusFloor { get; init; }

    public required Spread P50VersusFloor { get; init; }

    public required Spread TurnsPerSecondVersusFloor { get; init; }

    /// <summary>Resident memory at the start of the measured conversations, MB.</summary>
    public required Spread RssStartMb { get; init; }

    /// <summary>Resident memory at the end of the measured conversations minus at their start, MB.</summary>
    public required Spread RssGrowthMb { get; init; }

    /// <summary><see cref="RssGrowthMb"/> as a fraction of <see cref="RssStartMb"/>, per round.</summary>
    public required Spread RssGrowthFraction { get; init; }

    /// <summary>Resident memory's growth from halfway through the measured conversations to their end, as a fraction of the halfway figure, per round (<see cref="Measurement.MemoryGrowth"/>).</summary>
    public required Spread RssSecondHalfGrowthFraction { get; init; }

    public required Spread HealthzMs { get; init; }

    public required Spread ReadyMs { get; init; }

    public required Spread FirstAnswerMs { get; init; }

    public required Spread CpuMsToReady { get; init; }

    public required Spread FirstConversationWorstVersusSteady { get; init; }

    /// <summary>The graceful stop after the measured conversations, ms (<see cref="Load.RestartFigures"/>; no figure with --no-restart).</summary>
    public Spread StopMs { get; init; } = Spread.None;

    /// <summary>Stops that ran out of the grace period and needed the kill, over all rounds.</summary>
    public int StopsNeedingKill { get; init; }

    /// <summary>Errors and exceptions in the bot's log while it stopped, over all rounds.</summary>
    public int StopLogProblems { get; init; }

    /// <summary>The start on the same database after that stop: to /healthz, to /ready, CPU ms at /ready, and its one conversation's worst turn × steady.</summary>
    public Spread RestartHealthzMs { get; init; } = Spread.None;

    public Spread RestartReadyMs { get; init; } = Spread.None;

    public Spread RestartCpuMsToReady { get; init; } = Spread.None;

    public Spread RestartFirstConversationWorstVersusSteady { get; init; } = Spread.None;

    /// <summary>Failed turns over all rounds (cold, warm-up and measured).</summary>
    public required long Errors { get; init; }

    public required bool StoppedByTimeLimit { get; init; }

    /// <summary>Each bot's summary per script, in the order of the first round (the plan's order).</summary>
    public static IReadOnlyList<TargetSummary> Of(IReadOnlyList<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results
            .OrderBy(r => r.Round)
            .GroupBy(r => (r.Script, r.Name))
            .Select(runs => Summarise([.. runs]))];
    }

    private static TargetSummary Summarise(IReadOnlyList<TargetResult> runs)
    {
        Spread Over(Func<TargetResult, double> figure) => Spread.Of(runs.Select(figure));
        Spread Ratio(Func<FloorRatios, double> figure) => Over(r => r.VersusFloor is { } ratios ? figure(ratios) : double.NaN);
        var first = runs[0];
        return new TargetSummary
        {
            Name = first.Name,
            Script = first.Script,
            Storage = first.Storage,
            IsFloor = first.IsFloor,
            Positions = [.. runs.Select(r => r.Position)],
            TurnsPerSecond = Over(r => r.TurnsPerSecond),
            P50Ms = Over(r => r.Latency.P50),
            P99Ms = Over(r => r.Latency.P99),
            CpuMsPerTurn = Over(r => r.CpuMsPerTurn),
            CpuVersusFloor = Ratio(f => f.CpuPerTurn),
            P99VersusFloor = Ratio(f => f.P99),
            P50VersusFloor = Ratio(f => f.P50),
            TurnsPerSecondVersusFloor = Ratio(f => f.TurnsPerSecond),
            RssStartMb = Over(r => r.Memory.StartMb),
            RssGrowthMb = Over(r => r.Memory.EndMb - r.Memory.StartMb),
            RssGrowthFraction = Over(r => r.Memory.StartMb > 0 ? (r.Memory.EndMb - r.Memory.StartMb) / r.Memory.StartMb : double.NaN),
            RssSecondHalfGrowthFraction = Over(r => r.Memory.Growth?.SecondHalfGrowthFraction ?? double.NaN),
            HealthzMs = Over(r => r.Start.ReadyMs),
            ReadyMs = Over(r => r.Start.FullyReadyMs),
            FirstAnswerMs = Over(r => r.Start.FirstAnswerMs),
            CpuMsToReady = Over(r => r.Start.CpuMsToReady),
            FirstConversationWorstVersusSteady = Over(r => r.Start.WorstRatio),
            StopMs = Over(r => r.Start.Restart?.StopMs ?? double.NaN),
            StopsNeedingKill = runs.Count(r => r.Start.Restart?.StopNeededKill == true),
            StopLogProblems = runs.Sum(r => r.Start.Restart?.StopLogProblems ?? 0),
            RestartHealthzMs = Over(r => r.Start.Restart?.ReadyMs ?? double.NaN),
            RestartReadyMs = Over(r => r.Start.Restart?.FullyReadyMs ?? double.NaN),
            RestartCpuMsToReady = Over(r => r.Start.Restart?.CpuMsToReady ?? double.NaN),
            RestartFirstConversationWorstVersusSteady = Over(r => r.Start.RestartWorstRatio),
            Errors = runs.Sum(r => r.Problems.AllErrors),
            StoppedByTimeLimit = runs.Any(r => r.StoppedByTimeLimit),
        };
    }
}
