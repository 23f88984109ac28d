using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Tests.Measurement;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    [InlineData(99.5, 100)]
    public void NearestRank_OfOneToHundred_IsTheValueAtThatRank(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percentile));

    [Fact]
    public void NearestRank_NeverInterpolates_BetweenTwoTurns()
    {
        double[] sorted = [10, 30];

        Assert.Equal(10, Percentiles.Of(sorted, 50));
        Assert.Equal(30, Percentiles.Of(sorted, 51));
        Assert.Equal(30, Percentiles.Of(sorted, 99));
    }

    [Fact]
    public void OneValue_IsEveryPercentile()
    {
        Assert.Equal(7, Percentiles.Of([7.0], 1));
        Assert.Equal(7, Percentiles.Of([7.0], 99));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.1)]
    public void PercentileOutsideZeroToHundred_IsRefused(double percentile) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of(OneToHundred, percentile));

    [Fact]
    public void NoValues_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Percentiles.Of(Array.Empty<double>(), 50));

    [Fact]
    public void Summary_SortsItsInput_AndReportsMeanAndMax()
    {
        var summary = LatencySummary.Of(OneToHundred.Reverse());

        Assert.Equal(100, summary.Count);
        Assert.Equal(50.5, summary.Mean);
        Assert.Equal((50.0, 95.0, 99.0, 100.0), (summary.P50, summary.P95, summary.P99, summary.Max));
    }

    [Fact]
    public void Summary_OfNothing_IsEmpty_NotAnException()
    {
        var summary = LatencySummary.Of([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P99));
    }
}
