using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Load;

/// <summary>A sitting's results: the machine, the settings, and each bot's figures per script.</summary>
internal sealed record BenchmarkReport(
    string StartedAtUtc,
    MachineInfo Machine,
    LoadSettings Settings,
    IReadOnlyList<ScriptSummary> Scripts,
    IReadOnlyList<TargetResult> Results)
{
    public long TotalErrors => Results.Sum(r => r.Problems.AllErrors);

    /// <summary>Adds each bot's ratios to the floor bot measured on the same script.</summary>
    public static IReadOnlyList<TargetResult> WithFloorRatios(IReadOnlyList<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Select(result =>
        {
            var floor = results.FirstOrDefault(r => r.IsFloor && r.Script == result.Script);
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
