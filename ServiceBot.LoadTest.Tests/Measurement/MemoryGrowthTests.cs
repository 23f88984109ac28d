using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Tests.Measurement;

public sealed class MemoryGrowthTests
{
    private const int Conversations = 100_000;

    [Fact]
    public void AStepThenAPlateau_HasNoSecondHalfGrowth_ThoughItsStartToEndGrowthIsLarge()
    {
        // 200 MB, a climb to 260 MB over the first 5,000 conversations, then flat with the GC's ±4 MB sawtooth.
        var readings = Readings(c => (c < 5_000 ? 200 + (60.0 * c / 5_000) : 260) + Sawtooth(c));

        var growth = MemoryGrowth.Of(readings, Conversations)!;

        Assert.True(growth.Checkpoints[^1].ResidentMb / growth.Checkpoints[0].ResidentMb > 1.2);
        Assert.InRange(growth.SecondHalfGrowthFraction, -0.01, 0.01);
        Assert.InRange(growth.SecondHalfSlopeMbPer10k, -0.2, 0.2);
    }

    [Fact]
    public void MemoryThatGrowsWithConversations_ShowsInTheSecondHalfsGrowthAndSlope()
    {
        // A leak of 1 KB per conversation: 10 MB per 10,000.
        var readings = Readings(c => 200 + (c / 1_000.0) + Sawtooth(c));

        var growth = MemoryGrowth.Of(readings, Conversations)!;

        Assert.InRange(growth.SecondHalfSlopeMbPer10k, 9.5, 10.5);
        Assert.InRange(growth.SecondHalfGrowthFraction, 0.18, 0.22);
    }

    [Fact]
    public void TheCheckpoints_OfAHundredThousandConversations_AreAt1k10k25k50k75kAnd100k()
    {
        var growth = MemoryGrowth.Of(Readings(c => 100 + (c / 1_000.0)), Conversations)!;

        Assert.Equal([1_000, 10_000, 25_000, 50_000, 75_000, 100_000], growth.Checkpoints.Select(c => c.Conversations));
        // Each is the median over the 2% of conversations before it: on a steady climb, 1% of the run behind.
        Assert.Equal(199, growth.Checkpoints[^1].ResidentMb, precision: 1);
        Assert.Equal(149, growth.Checkpoints[3].ResidentMb, precision: 1);
    }

    [Fact]
    public void ACheckpoint_IsTheMedianOfTheReadingsBeforeIt_NotOneCollectionsLowOrHigh()
    {
        // Every fifth reading is a GC's low point 30 MB down.
        var readings = Readings(c => c % 500 == 0 ? 170 : 200);

        var growth = MemoryGrowth.Of(readings, Conversations)!;

        Assert.All(growth.Checkpoints, c => Assert.Equal(200, c.ResidentMb));
    }

    [Fact]
    public void AShortRun_WithFewReadings_TakesTheNearestReading()
    {
        MemoryReading[] readings = [new(0, 100), new(400, 104), new(1_000, 106)];

        var growth = MemoryGrowth.Of(readings, 1_000)!;

        Assert.Equal([100, 100, 104, 104, 106, 106], growth.Checkpoints.Select(c => c.ResidentMb));
        Assert.Equal((106 - 104) / 104.0, growth.SecondHalfGrowthFraction, precision: 6);
    }

    [Fact]
    public void NoReadings_OrNoConversations_HaveNothingToJudge()
    {
        Assert.Null(MemoryGrowth.Of([], Conversations));
        Assert.Null(MemoryGrowth.Of([new(0, 100)], 0));
    }

    /// <summary>A reading every 100 conversations, from the first to the last.</summary>
    private static MemoryReading[] Readings(Func<int, double> residentMb) =>
        [.. Enumerable.Range(0, (Conversations / 100) + 1).Select(i => i * 100).Select(c => new MemoryReading(c, residentMb(c)))];

    private static double Sawtooth(int conversations) => ((conversations / 100 % 8) - 4) * 1.0;
}
