using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Rounds;
using ServiceBot.LoadTest.Tests.Fixtures;

namespace ServiceBot.LoadTest.Tests.Rounds;

public sealed class Issue17TargetsTests
{
    [Fact]
    public void EachTarget_IsJudgedFromTheMedians_ForTheBotsUnderTestOnly()
    {
        var verdict = Assert.Single(Issue17Targets.Judge(TargetSummary.Of(RoundFigures.ThreeRounds())));

        Assert.Equal("after (sqlite)", verdict.Name);
        // Runs recorded without a restart (--no-restart, or before it existed) have no restart goal.
        Assert.Equal([Goal.CpuPerTurn, Goal.P99, Goal.RssFlat, Goal.Ready, Goal.FirstConversation], verdict.Goals.Select(g => g.Goal));
        Assert.Equal([false, false, true, false, true], verdict.Goals.Select(g => g.Met));
        Assert.False(verdict.AllMet);
        // Ready is judged by /healthz (1,810 ms), not /ready (2,192 ms).
        Assert.Equal(1810, verdict.Goals[3].Figure.Median);
        Assert.Equal(500, verdict.Goals[3].Limit);
        // RSS grew 3, 9 and 3 MB from 261–262 MB: +1.1% in the middle round of the three.
        Assert.Equal(3 / 261.0, verdict.Goals[2].Figure.Median, 9);
    }

    [Fact]
    public void ARestartOnTheSameDatabase_IsJudgedBesideTheStartOnANewOne_EachOnItsOwn()
    {
        // The 2026-12-04 shape on PostgreSQL: a new database takes its migrations, a restart only reads schema_migrations.
        var summaries = TargetSummary.Of(
        [
            Runs.Of("mine (postgres)", healthzMs: 548, round: 1, restart: Runs.Restart(healthzMs: 401, readyMs: 900)),
            Runs.Of("mine (postgres)", healthzMs: 601, round: 2, restart: Runs.Restart(healthzMs: 477, readyMs: 950)),
            Runs.Of("mine (postgres)", healthzMs: 537, round: 3, restart: Runs.Restart(healthzMs: 512, readyMs: 990)),
        ]);

        var verdict = Assert.Single(Issue17Targets.Judge(summaries));

        Assert.Equal([Goal.CpuPerTurn, Goal.P99, Goal.RssFlat, Goal.Ready, Goal.ReadyOnRestart, Goal.FirstConversation], verdict.Goals.Select(g => g.Goal));
        var newDatabase = verdict.Goals.Single(g => g.Goal == Goal.Ready);
        var restart = verdict.Goals.Single(g => g.Goal == Goal.ReadyOnRestart);
        Assert.Equal(548, newDatabase.Figure.Median);
        Assert.False(newDatabase.Met);
        Assert.Equal(477, restart.Figure.Median);
        Assert.Equal(500, restart.Limit);
        Assert.True(restart.Met);
    }

    [Fact]
    public void ARestartAboveTheLimit_IsNotMet_EvenWhenTheNewDatabaseIs_AndFailsAll()
    {
        var verdict = Assert.Single(Issue17Targets.Judge(TargetSummary.Of(
            [Runs.Of("mine (sqlite)", healthzMs: 390, restart: Runs.Restart(healthzMs: 640, readyMs: 700))])));

        Assert.True(verdict.Goals.Single(g => g.Goal == Goal.Ready).Met);
        Assert.False(verdict.Goals.Single(g => g.Goal == Goal.ReadyOnRestart).Met);
        Assert.False(verdict.AllMet);
    }

    [Fact]
    public void AMedianAtTheLimit_MeetsIt_AndOneAbove_DoesNot()
    {
        Assert.True(Judge(cpu: [1.40, 1.38, 1.44], floor: [0.70, 0.69, 0.70]).Goals[0].Met);
        Assert.False(Judge(cpu: [1.41, 1.42, 1.44], floor: [0.70, 0.70, 0.70]).Goals[0].Met);
    }

    [Fact]
    public void ALeakingBot_IsNotFlat_AndAQuickStartIsReady()
    {
        var summaries = TargetSummary.Of(
        [
            Runs.Of("before (sqlite)", rssStart: 297, rssEnd: 419, healthzMs: 420, round: 1),
            Runs.Of("before (sqlite)", rssStart: 294, rssEnd: 394, healthzMs: 530, round: 2),
            Runs.Of("before (sqlite)", rssStart: 300, rssEnd: 410, healthzMs: 480, round: 3),
        ]);

        var goals = Assert.Single(Issue17Targets.Judge(summaries)).Goals;

        Assert.False(goals.Single(g => g.Goal == Goal.RssFlat).Met);
        Assert.True(goals.Single(g => g.Goal == Goal.Ready).Met);
        Assert.Equal(480, goals.Single(g => g.Goal == Goal.Ready).Figure.Median);
    }

    [Fact]
    public void RssFlat_IsJudgedByTheSecondHalf_SoAStepAfterTheWarmUpIsFlat_AndALeakIsNot()
    {
        // 100,000 conversations: +25 MB in the first 10,000, then within a few MB (the 2026-12-04 SQLite run's shape).
        var step = MemoryGrowth.Of([new(1_000, 175), new(10_000, 195), new(50_000, 198), new(75_000, 199), new(100_000, 200)], 100_000);
        // The same start and end, reached by a steady climb.
        var leak = MemoryGrowth.Of([new(1_000, 175), new(25_000, 181), new(50_000, 187), new(75_000, 194), new(100_000, 200)], 100_000);
        var verdicts = Issue17Targets.Judge(TargetSummary.Of(
        [
            Runs.Of("step (sqlite)", rssStart: 175, rssEnd: 200, growth: step),
            Runs.Of("leak (sqlite)", rssStart: 175, rssEnd: 200, growth: leak),
        ]));

        var stepFlat = verdicts.Single(v => v.Name == "step (sqlite)").Goals.Single(g => g.Goal == Goal.RssFlat);
        var leakFlat = verdicts.Single(v => v.Name == "leak (sqlite)").Goals.Single(g => g.Goal == Goal.RssFlat);
        Assert.True(stepFlat.Met);
        Assert.Equal((200 - 198) / 198.0, stepFlat.Figure.Median, 9);
        Assert.False(leakFlat.Met);
        Assert.Equal((200 - 187) / 187.0, leakFlat.Figure.Median, 9);
    }

    [Fact]
    public void WithoutAFloor_TheRatiosCannotBeJudged()
    {
        var goals = Assert.Single(Issue17Targets.Judge(TargetSummary.Of([Runs.Of("mine (sqlite)")]))).Goals;

        Assert.Null(goals.Single(g => g.Goal == Goal.CpuPerTurn).Met);
        Assert.Null(goals.Single(g => g.Goal == Goal.P99).Met);
        Assert.NotNull(goals.Single(g => g.Goal == Goal.Ready).Met);
    }

    private static BotVerdict Judge(double[] cpu, double[] floor) =>
        Assert.Single(Issue17Targets.Judge(TargetSummary.Of(Load.BenchmarkReport.WithFloorRatios(
        [
            .. floor.Select((f, i) => Runs.Of("floor", isFloor: true, cpu: f, round: i + 1)),
            .. cpu.Select((c, i) => Runs.Of("mine (sqlite)", cpu: c, round: i + 1)),
        ]))));
}
