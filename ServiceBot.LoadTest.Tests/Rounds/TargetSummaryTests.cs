using ServiceBot.LoadTest.Rounds;
using ServiceBot.LoadTest.Tests.Fixtures;

namespace ServiceBot.LoadTest.Tests.Rounds;

public sealed class TargetSummaryTests
{
    [Fact]
    public void EachBot_HasTheMedianOverTheRounds_AndTheirSpread()
    {
        var summaries = TargetSummary.Of(RoundFigures.ThreeRounds());

        Assert.Equal(["floor", "after (sqlite)"], summaries.Select(s => s.Name));
        var floor = summaries[0];
        var bot = summaries[1];
        Assert.Equal(new Spread(0.69, 0.62, 0.74, 3), floor.CpuMsPerTurn);
        Assert.Equal(new Spread(1.35, 1.30, 1.60, 3), bot.CpuMsPerTurn);
        Assert.Equal(new Spread(65.5, 65.4, 114, 3), bot.P99Ms);
        Assert.Equal(new Spread(1216, 1100, 1250, 3), bot.TurnsPerSecond);
        Assert.Equal(new Spread(1810, 1716, 2011, 3), bot.HealthzMs);
        Assert.Equal(new Spread(2192, 2178, 2258, 3), bot.ReadyMs);
        Assert.Equal(new Spread(3, 3, 9, 3), bot.RssGrowthMb);
        Assert.Equal(new Spread(2.8, 2.5, 3.5, 3), bot.FirstConversationWorstVersusSteady);
        Assert.Equal([2, 1, 2], bot.Positions);
        Assert.Equal([1, 2, 1], floor.Positions);
    }

    [Fact]
    public void ARatioToTheFloor_IsTakenWithinEachRound_ThenItsMedian()
    {
        var bot = TargetSummary.Of(RoundFigures.ThreeRounds()).Single(s => !s.IsFloor);

        // 1.60 / 0.69, 1.30 / 0.74, 1.35 / 0.62: the middle one is 2.18×, where the median CPU over the median floor
        // (1.35 / 0.69 = 1.96×) would have matched a bot with a floor it never ran beside.
        Assert.Equal(1.35 / 0.62, bot.CpuVersusFloor.Median, 9);
        Assert.Equal(1.30 / 0.74, bot.CpuVersusFloor.Min, 9);
        Assert.Equal(1.60 / 0.69, bot.CpuVersusFloor.Max, 9);
        Assert.Equal(114 / 40.0, bot.P99VersusFloor.Max, 9);
        Assert.Equal(65.4 / 37, bot.P99VersusFloor.Median, 9);
        Assert.Equal(65.5 / 42, bot.P99VersusFloor.Min, 9);
        Assert.Equal(1216 / 2074.0, bot.TurnsPerSecondVersusFloor.Median, 9);
    }

    [Fact]
    public void TheFloor_HasNoRatios_AndABotWithoutAFloor_NeitherDoes()
    {
        var summaries = TargetSummary.Of([Runs.Of("mine (sqlite)", round: 1), Runs.Of("mine (sqlite)", round: 2)]);

        Assert.Equal(Spread.None, Assert.Single(summaries).CpuVersusFloor);
        Assert.Equal(Spread.None, TargetSummary.Of(RoundFigures.ThreeRounds()).Single(s => s.IsFloor).P99VersusFloor);
    }

    [Fact]
    public void EachScript_IsSummarisedApart()
    {
        var summaries = TargetSummary.Of(
        [
            Runs.Of("mine (sqlite)", script: "teams-5-turn", cpu: 1.3, round: 1),
            Runs.Of("mine (sqlite)", script: "typed-mix", cpu: 1.9, round: 1),
            Runs.Of("mine (sqlite)", script: "teams-5-turn", cpu: 1.5, round: 2),
            Runs.Of("mine (sqlite)", script: "typed-mix", cpu: 2.1, round: 2),
        ]);

        Assert.Equal(["teams-5-turn", "typed-mix"], summaries.Select(s => s.Script));
        Assert.Equal(1.4, summaries[0].CpuMsPerTurn.Median, 9);
        Assert.Equal(2.0, summaries[1].CpuMsPerTurn.Median, 9);
    }
}
