using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Rounds;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// A sitting's results: the machine, the settings, its rounds (each bot once per round, in that round's order), every
/// run's figures, and per bot and script the medians over the rounds and the verdict on issue 17's targets.
/// </summary>
internal sealed record BenchmarkReport(
    string StartedAtUtc,
    MachineInfo Machine,
    LoadSettings Settings,
    IReadOnlyList<ScriptSummary> Scripts,
    IReadOnlyList<SittingRound> Rounds,
    IReadOnlyList<TargetResult> Results)
{
    public long TotalErrors => Results.Sum(r => r.Problems.AllErrors);

    /// <summary>Why the sitting ended before its last run (a bot that did not start), or null when every run ran.</summary>
    public string? StoppedBy { get; init; }

    /// <summary>Each bot's figures per script over the rounds: medians and spread.</summary>
    public IReadOnlyList<TargetSummary> Medians => TargetSummary.Of(Results);

    /// <summary>Each bot under test against issue 17's targets, from <see cref="Medians"/>.</summary>
    public IReadOnlyList<BotVerdict> Verdicts => Issue17Targets.Judge(Medians);

    /// <summary>Adds each bot's ratios to the floor bot measured on the same script in the same round.</summary>
    public static IReadOnlyList<TargetResult> WithFloorRatios(IReadOnlyList<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Select(result =>
        {
            var floor = results.FirstOrDefault(r => r.IsFloor && r.Script == result.Script && r.Round == result.Round);
            return result.IsFloor || floor is null
                ? result
                : result with
                {
                    VersusFloor = new FloorRatios(
                        result.CpuMsPerTurn / floor.CpuMsPerTurn,
                        result.Latency.P99 / floor.Latency.P99,
                        result.Latency.P50 / floor.Latency.P50,
                        result.TurnsPerSecond / floor.TurnsPerSecond),
                };
        })];
    }
}

/// <summary>A script as the report names it.</summary>
internal sealed record ScriptSummary(string Name, string Description, int Turns, string File);
