using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Report;
using ServiceBot.LoadTest.Rounds;
using ServiceBot.LoadTest.Tests.Fixtures;
using ServiceBot.LoadTest.Tests.Rounds;

namespace ServiceBot.LoadTest.Tests.Report;

public sealed class ReportTests
{
    private static readonly MachineInfo Machine = new("Test CPU", 2, 24, "Debian", ".NET 10", 0.5);
    private static readonly Spread Load1 = Spread.Of([0.31, 0.52]);
    private static readonly Spread Load2 = Spread.Of([0.44, 0.61]);
    private static readonly Spread Load3 = Spread.Of([0.58, 0.58]);

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
            [new SittingRound(1, ["floor", "ServiceBot (sqlite)"], 60, Load1)],
            BenchmarkReport.WithFloorRatios([Result("floor", "a", true, 0.5, 20, 800), Result("ServiceBot (sqlite)", "a", false, 1.0, 50, 400)]));

        var markdown = MarkdownReport.Write(report, "Trial on a busy machine");

        Assert.StartsWith("> **Trial on a busy machine**", markdown, StringComparison.Ordinal);
        Assert.Contains("2,000 conversations with 32 in flight after 1,000 warm-up conversations", markdown, StringComparison.Ordinal);
        Assert.Contains("Test CPU, 2 cores", markdown, StringComparison.Ordinal);
        Assert.Contains("| ServiceBot (sqlite) | 400 | 10.0 | 40.0 | 50.0 | 1.00 | 2.00× | 2.50× | 100 → 110 (120) | 7.0 | 24.0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| floor | 400 | 450 | 900 | 300 / 20 | 10.0 / 10.0 | 30.00× |", markdown, StringComparison.Ordinal);
        Assert.Contains("Issue 17's targets, from this one round", markdown, StringComparison.Ordinal);
        Assert.Contains("| ServiceBot (sqlite) | met 2.00× | **not met** 2.50× | **not met** +10.0%, +10 MB | met 400 ms; /ready 450 ms | **not met** 30.00× | **not met** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMarkdown_GivesEachRunsMemoryByConversations_AndTheSecondHalfsGrowth()
    {
        var bot = Result("ServiceBot (sqlite)", "a", false, 1.0, 50, 400);
        bot = bot with
        {
            Memory = bot.Memory with
            {
                Growth = MemoryGrowth.Of([new(0, 200), new(1_000, 240), new(50_000, 250), new(100_000, 255)], 100_000),
            },
        };
        var report = new BenchmarkReport("2026-12-04 16:00 UTC", Machine, new LoadSettings(),
            [new ScriptSummary("a", "five turns", 5, "a.yaml")],
            [new SittingRound(1, ["ServiceBot (sqlite)"], 60, Load1)],
            [bot]);

        var markdown = MarkdownReport.Write(report, note: null);
        var json = JsonReport.Write(report);

        Assert.Contains("| ServiceBot (sqlite) | 1,000: 220 · 10,000: 240 · 25,000: 240 · 50,000: 250 · 75,000: 250 · 100,000: 255 | +2.0% | +1.00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("\"secondHalfSlopeMbPer10k\": 1", json, StringComparison.Ordinal);
        Assert.Contains("| ServiceBot (sqlite) | n/a — | n/a — | met second half +2.0%; start to end +10.0%, +10 MB |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJson_HoldsEveryFigure()
    {
        var report = new BenchmarkReport("2026-12-02 06:00 UTC", Machine, new LoadSettings(), [], [new SittingRound(1, ["floor"], 30, Load1)],
            [Result("floor", "a", true, 0.5, 20, 800)]);

        var json = JsonReport.Write(report);

        Assert.Contains("\"cpuMsPerTurn\": 0.5", json, StringComparison.Ordinal);
        Assert.Contains("\"trailMb\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"p99\": 20", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMarkdown_OfThreeRounds_GivesMediansWithTheirSpread_EachRoundsOrder_AndTheVerdict()
    {
        var report = new BenchmarkReport("2026-12-03 10:30 UTC", Machine, new LoadSettings(),
            [new ScriptSummary("teams-5-turn", "five turns", 5, "teams-5-turn.yaml")],
            [
                new SittingRound(1, ["floor", "after (sqlite)"], 150, Load1),
                new SittingRound(2, ["after (sqlite)", "floor"], 144, Load2),
                new SittingRound(3, ["floor", "after (sqlite)"], 156, Load3),
            ],
            RoundFigures.ThreeRounds());

        var markdown = MarkdownReport.Write(report, note: null);

        Assert.Contains("round 1 (2.5 min, load average 0.3–0.5): floor, after (sqlite); round 2 (2.4 min, load average 0.4–0.6): after (sqlite), floor; round 3 (2.6 min, load average 0.6): floor, after (sqlite).", markdown, StringComparison.Ordinal);
        Assert.Contains("| after (sqlite) | 1216 (1100–1250) | 13.1 (13.1–22.8) | 65.5 (65.4–114.0) | 1.35 (1.30–1.60) | 2.18× (1.76–2.32) | 1.77× (1.56–2.85) | 261 (261–262) | +1.1% (+1.1–+3.4) | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| after (sqlite) | 1810 (1716–2011) | 2192 (2178–2258) | 900 | 1200 | 2.80× (2.50–3.50) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| after (sqlite) | 2nd: 1.60 (2.32×), 114.0 (2.85×) | 1st: 1.30 (1.76×), 65.5 (1.56×) | 2nd: 1.35 (2.18×), 65.4 (1.77×) |", markdown, StringComparison.Ordinal);
        Assert.Contains("Issue 17's targets, from the medians over 3 rounds", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "| after (sqlite) | **not met** 2.18× (1.76–2.32) | **not met** 1.77× (1.56–2.85) | met +1.1% (+1.1–+3.4), +3 (+3–+9) MB | " +
            "**not met** 1,810 (1,716–2,011) ms; /ready 2,192 (2,178–2,258) ms | met 2.80× (2.50–3.50) | **not met** |",
            markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJson_KeepsEveryRoundsRuns_WithTheirPlace_BesideTheMediansAndTheVerdict()
    {
        var report = new BenchmarkReport("2026-12-03 10:30 UTC", Machine, new LoadSettings(), [],
            [new SittingRound(1, ["floor", "after (sqlite)"], 150, Load1), new SittingRound(2, ["after (sqlite)", "floor"], 144, Load2), new SittingRound(3, ["floor", "after (sqlite)"], 153, Load3)],
            RoundFigures.ThreeRounds());

        using var json = System.Text.Json.JsonDocument.Parse(JsonReport.Write(report));
        var root = json.RootElement;

        Assert.Equal(["after (sqlite)", "floor"], root.GetProperty("rounds")[1].GetProperty("order").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(6, root.GetProperty("results").GetArrayLength());
        Assert.Equal(2, root.GetProperty("results")[2].GetProperty("round").GetInt32());
        Assert.Equal(1, root.GetProperty("results")[2].GetProperty("position").GetInt32());
        var medians = root.GetProperty("medians")[1];
        Assert.Equal(1.35, medians.GetProperty("cpuMsPerTurn").GetProperty("median").GetDouble());
        var goals = root.GetProperty("verdicts")[0].GetProperty("goals");
        Assert.Equal("CpuPerTurn", goals[0].GetProperty("goal").GetString());
        Assert.False(goals[0].GetProperty("met").GetBoolean());
    }

    private static TargetResult Result(string name, string script, bool isFloor, double cpu, double p99, double turnsPerSecond) =>
        Runs.Of(name, script, isFloor, cpu, p99, turnsPerSecond);
}
