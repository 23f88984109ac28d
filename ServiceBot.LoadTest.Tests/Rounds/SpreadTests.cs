using ServiceBot.LoadTest.Rounds;

namespace ServiceBot.LoadTest.Tests.Rounds;

public sealed class SpreadTests
{
    [Fact]
    public void AnOddCount_HasTheMiddleValueAsItsMedian()
    {
        // CPU ms per turn of "after" (SQLite) in three sittings, in the order they ran.
        var spread = Spread.Of([1.60, 1.30, 1.41]);

        Assert.Equal(new Spread(1.41, 1.30, 1.60, 3), spread);
    }

    [Fact]
    public void AnEvenCount_HasTheMeanOfTheTwoMiddleValuesAsItsMedian()
    {
        var spread = Spread.Of([2258, 2192, 1782, 1345]);

        Assert.Equal(1987, spread.Median);
        Assert.Equal(1345, spread.Min);
        Assert.Equal(2258, spread.Max);
    }

    [Fact]
    public void ARoundWithoutTheFigure_IsLeftOut()
    {
        var spread = Spread.Of([double.NaN, 1.76, 2.32]);

        Assert.Equal(new Spread(2.04, 1.76, 2.32, 2), spread with { Median = Math.Round(spread.Median, 2) });
    }

    [Fact]
    public void NoFigureAtAll_IsNone() =>
        Assert.Equal(Spread.None, Spread.Of([double.NaN, double.PositiveInfinity]));
}
