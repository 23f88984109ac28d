using ServiceBot.LoadTest.Rounds;

namespace ServiceBot.LoadTest.Tests.Rounds;

public sealed class RunOrderTests
{
    private static readonly string[] Planned = ["floor", "base (sqlite)", "mine (sqlite)"];

    [Fact]
    public void TheFirstRound_RunsThePlannedOrder() =>
        Assert.Equal(Planned, RunOrder.ForRound(Planned, 1));

    [Fact]
    public void EachLaterRound_StartsOnePlaceFurtherAlong()
    {
        Assert.Equal(["base (sqlite)", "mine (sqlite)", "floor"], RunOrder.ForRound(Planned, 2));
        Assert.Equal(["mine (sqlite)", "floor", "base (sqlite)"], RunOrder.ForRound(Planned, 3));
        Assert.Equal(Planned, RunOrder.ForRound(Planned, 4));
    }

    [Fact]
    public void AsManyRoundsAsRuns_PutEveryBotInEveryPlaceOnce()
    {
        var orders = Enumerable.Range(1, Planned.Length).Select(r => RunOrder.ForRound(Planned, r)).ToList();

        foreach (var bot in Planned)
        {
            Assert.Equal([0, 1, 2], orders.Select(o => o.ToList().IndexOf(bot)).Order());
        }
    }

    [Fact]
    public void TwoRuns_AlternateBetweenTheTwoOrders()
    {
        string[] two = ["floor", "ServiceBot (sqlite)"];

        Assert.Equal(["ServiceBot (sqlite)", "floor"], RunOrder.ForRound(two, 2));
        Assert.Equal(two, RunOrder.ForRound(two, 3));
    }

    [Fact]
    public void ThereIsNoRoundZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RunOrder.ForRound(Planned, 0));
}
