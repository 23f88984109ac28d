using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Report;

namespace ServiceBot.LoadTest.Tests.Report;

public sealed class ReportTests
{
    private static readonly MachineInfo Machine = new("Test CPU", 2, 24, "Debian", ".NET 10", 0.5);

    [Fact]
    public void EachBot_IsComparedWithTheFloor_OnTheSameScript()
    {
        var results = BenchmarkReport.WithFloorRatios(
        [
            Result("floor", "a", isFloor: true, cpu: 0.5, p99: 20, turnsPerSecond: 800),
            Result("ServiceBot (sqlite)", "a", isFloor: false, cpu: 1.0, p99: 50, turnsPerSecond: 400),
            Result("floor", "b", isFloor: true, cpu: 0.25, p99: 10, turnsPerSecond: 1000),
            Result("ServiceBot (sqlite)", "b", isFloor: false, cpu: 1.0, p99: 10, turnsPerSecond: 500),
        ]);

        Assert.Null(results[0].VersusFloor);
        Assert.Equal(new FloorRatios(2, 2.5, 2.5, 0.5), results[1].VersusFloor);
        Assert.Equal(new FloorRatios(4, 1, 1, 0.5), results[3].VersusFloor);
    }

    [Fact]
    public void TheMarkdown_HasASteadyStateAndAFreshProcessTablePerScript_WithTheNoteAndTheMachine()
    {
        var report = new BenchmarkReport("2026-12-02 06:00 UTC", Machine, new LoadSettings(),
            [new ScriptSummary("a", "five turns", 5, "a.yaml")],
            BenchmarkReport.WithFloorRatios([Result("floor", "a", true, 0.5, 20, 800), Result("ServiceBot (sqlite)", "a", false, 1.0, 50, 400)]));

        var markdown = MarkdownReport.Write(report, "Trial on a busy machine");

        Assert.StartsWith("> **Trial on a busy machine**", markdown, StringComparison.Ordinal);
        Assert.Contains("2,000 conversations with 32 in flight after 1,000 warm-up conversations", markdown, StringComparison.Ordinal);
        Assert.Contains("Test CPU, 2 cores", markdown, StringComparison.Ordinal);
        Assert.Contains("| ServiceBot (sqlite) | 400 | 10.0 | 40.0 | 50.0 | 1.00 | 2.00× | 2.50× | 100 → 110 (120) | 7.0 | 24.0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| floor | 400 | 450 | 900 | 300 / 20 | 10.0 / 10.0 | 30.00× |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJson_HoldsEveryFigure()
    {
        var report = new BenchmarkReport("2026-12-02 06:00 UTC", Machine, new LoadSettings(), [],
            [Result("floor", "a", true, 0.5, 20, 800)]);

        var json = JsonReport.Write(report);

        Assert.Contains("\"cpuMsPerTurn\": 0.5", json, StringComparison.Ordinal);
        Assert.Contains("\"trailMb\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"p99\": 20", json, StringComparison.Ordinal);
    }

    private static TargetResult Result(string name, string script, bool isFloor, double cpu, double p99, double turnsPerSecond) => new()
    {
        Name = name,
        Bot = name + ".dll",
        Storage = isFloor ? "none" : "sqlite",
        IsFloor = isFloor,
        Script = script,
        Conversations = 2000,
        TurnsSent = 10000,
        TurnsAnswered = 10000,
        Seconds = 10000 / turnsPerSecond,
        TurnsPerSecond = turnsPerSecond,
        Latency = new LatencySummary(10000, p99 / 4, p99 / 5, p99 * 0.8, p99, p99 * 2),
        CpuMsPerTurn = cpu,
        ToolCpuMsPerTurn = 0.3,
        Memory = new MemoryFigures(90, 100, 110, 120, 125, [100, 120, 110]),
        Connector = new ConnectorFigures(7, 24, 0, new Dictionary<string, double> { ["Reply"] = 7 }, 0, 0, 0),
        Start = new StartFigures(400, "healthz", 450, 900, [300, 20], [10, 10], 1200),
        Problems = new ErrorFigures(0, 0, 0, 0, [], 0, 0, []),
        AppTokenRequests = 1,
        StoppedByTimeLimit = false,
        LoadAverageAtStart = 0.5,
        LogFile = name + ".log",
    };
}
