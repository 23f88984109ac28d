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
    public void TheMarkdown_OfOneRun_GivesTheRestartBesideTheNewDatabase_JudgesEachStart_AndListsTheStopsErrors()
    {
        var report = new BenchmarkReport("2026-12-04 21:30 UTC", Machine, new LoadSettings(),
            [new ScriptSummary("a", "five turns", 5, "a.yaml")],
            [new SittingRound(1, ["floor", "ServiceBot (sqlite)"], 60, Load1)],
            BenchmarkReport.WithFloorRatios(
            [
                Runs.Of("floor", "a", isFloor: true, cpu: 0.5, p99: 20, turnsPerSecond: 800, restart: Runs.Restart(healthzMs: 310, readyMs: 540, stopMs: 40)),
                Runs.Of("ServiceBot (sqlite)", "a", cpu: 1.0, p99: 50, turnsPerSecond: 400, restart: Runs.Restart(
                    healthzMs: 620, readyMs: 700, stopMs: 15012, neededKill: true, stopLogProblems: 1,
                    stopLogFirstProblems: ["Unhandled exception. System.ObjectDisposedException: Cannot access a disposed object."])),
            ]));

        var markdown = MarkdownReport.Write(report, note: null);
        using var json = System.Text.Json.JsonDocument.Parse(JsonReport.Write(report));

        Assert.Contains("After its measured conversations each bot is stopped as a deploy stops it (SIGTERM, killed after 15 s) and started again on the same database", markdown, StringComparison.Ordinal);
        Assert.Contains("Stopped (SIGTERM) after the measured conversations, then started again on the same database:", markdown, StringComparison.Ordinal);
        Assert.Contains("| floor | 40 | 0 | 400 → 310 | 450 → 540 | 1200 → 900 | 25 / 20 | 2.50× |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ServiceBot (sqlite) | 15012 (killed) | 1 | 400 → 620 | 450 → 700 | 1200 → 900 | 25 / 20 | 2.50× |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ready ≤ 0.5 s (new database · restart on the same database) |", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "| ServiceBot (sqlite) | met 2.00× | **not met** 2.50× | **not met** +10.0%, +10 MB | new database: met 400 ms; /ready 450 ms · restart: **not met** 620 ms; /ready 700 ms | **not met** 30.00× | **not met** |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("ServiceBot (sqlite), its stop and restart: killed after the grace period (exit code 137), 1 errors in its log while stopping", markdown, StringComparison.Ordinal);
        Assert.Contains("- at stop: Unhandled exception. System.ObjectDisposedException: Cannot access a disposed object.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("floor, its stop and restart", markdown, StringComparison.Ordinal);
        var start = json.RootElement.GetProperty("results")[1].GetProperty("start");
        Assert.Equal(620, start.GetProperty("restart").GetProperty("readyMs").GetDouble());
        Assert.True(start.GetProperty("restart").GetProperty("stopNeededKill").GetBoolean());
        Assert.Equal(2.5, start.GetProperty("restartWorstRatio").GetDouble());
        var goals = json.RootElement.GetProperty("verdicts")[0].GetProperty("goals");
        Assert.Equal("ReadyOnRestart", goals[4].GetProperty("goal").GetString());
        Assert.False(goals[4].GetProperty("met").GetBoolean());
    }

    [Fact]
    public void WithoutARestart_TheReportHasNoRestartTable_AndTheReadyCellIsTheNewDatabasesAlone()
    {
        var report = new BenchmarkReport("2026-12-04 21:30 UTC", Machine, new LoadSettings { Restart = false },
            [new ScriptSummary("a", "five turns", 5, "a.yaml")],
            [new SittingRound(1, ["ServiceBot (sqlite)"], 60, Load1)],
            [Runs.Of("ServiceBot (sqlite)", "a")]);

        var markdown = MarkdownReport.Write(report, note: null);

        Assert.DoesNotContain("again on the same database", markdown, StringComparison.Ordinal);
        Assert.Contains("| ready ≤ 0.5 s | first conversation", markdown, StringComparison.Ordinal);
        Assert.Contains("| met 400 ms; /ready 450 ms |", markdown, StringComparison.Ordinal);
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
    public void TheMarkdown_OfThreeRounds_GivesTheRestartsMediansBesideTheNewDatabases_AndJudgesEach()
    {
        var restarts = new Dictionary<int, RestartFigures>
        {
            [1] = Runs.Restart(healthzMs: 420, readyMs: 600, stopMs: 50),
            [2] = Runs.Restart(healthzMs: 610, readyMs: 700, stopMs: 70, neededKill: true),
            [3] = Runs.Restart(healthzMs: 480, readyMs: 650, stopMs: 60),
        };
        var results = RoundFigures.ThreeRounds().Select(r => r.IsFloor ? r : r with { Start = r.Start with { Restart = restarts[r.Round] } }).ToList();
        var report = new BenchmarkReport("2026-12-04 21:30 UTC", Machine, new LoadSettings(),
            [new ScriptSummary("teams-5-turn", "five turns", 5, "teams-5-turn.yaml")],
            [
                new SittingRound(1, ["floor", "after (sqlite)"], 150, Load1),
                new SittingRound(2, ["after (sqlite)", "floor"], 144, Load2),
                new SittingRound(3, ["floor", "after (sqlite)"], 156, Load3),
            ],
            results);

        var markdown = MarkdownReport.Write(report, note: null);

        Assert.Contains("| after (sqlite) | 60 (50–70) | 1 | 0 | 1810 (1716–2011) → 480 (420–610) | 2192 (2178–2258) → 650 (600–700) | 1200 → 900 | 2.50× |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| floor | — |", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "| new database: **not met** 1,810 (1,716–2,011) ms; /ready 2,192 (2,178–2,258) ms · restart: met 480 (420–610) ms; /ready 650 (600–700) ms |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("after (sqlite), round 2, its stop and restart: killed after the grace period (exit code 137)", markdown, StringComparison.Ordinal);
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
