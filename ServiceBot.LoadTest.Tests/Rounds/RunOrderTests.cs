using ServiceBot.LoadTest.Rounds;

namespace ServiceBot.LoadTest.Tests.Rounds;

public sealed class RunOrderTests
{
    private static readonly string[] Planned = ["floor", "base (sqlite)", "mine (sqlite)"];

    private static readonly string[] Nine = ["floor", "a (sqlite)", "a (postgres)", "b (sqlite)", "b (postgres)", "c (sqlite)", "c (postgres)", "d (sqlite)", "d (postgres)"];

    [Fact]
    public void TheFirstRound_RunsThePlannedOrder() =>
        Assert.Equal(Planned, RunOrder.ForRound(Planned, 1, 3));

    [Fact]
    public void AsManyRoundsAsRuns_StartOnePlaceFurtherAlongEachRound()
    {
        Assert.Equal(["base (sqlite)", "mine (sqlite)", "floor"], RunOrder.ForRound(Planned, 2, 3));
        Assert.Equal(["mine (sqlite)", "floor", "base (sqlite)"], RunOrder.ForRound(Planned, 3, 3));
    }

    [Fact]
    public void AsManyRoundsAsRuns_PutEveryBotInEveryPlaceOnce()
    {
        var orders = Enumerable.Range(1, Planned.Length).Select(r => RunOrder.ForRound(Planned, r, Planned.Length)).ToList();

        foreach (var bot in Planned)
        {
            Assert.Equal([0, 1, 2], orders.Select(o => o.ToList().IndexOf(bot)).Order());
        }
    }

    [Fact]
    public void FewerRoundsThanRuns_SpreadEachBotEarlyMidwayAndLate()
    {
        var orders = Enumerable.Range(1, 3).Select(r => RunOrder.ForRound(Nine, r, 3)).ToList();

        Assert.Equal(["floor", "b (sqlite)", "c (postgres)"], orders.Select(o => o[0]));
        foreach (var bot in Nine)
        {
            var thirds = orders.Select(o => o.ToList().IndexOf(bot) / 3).Order();
            Assert.Equal([0, 1, 2], thirds);
        }
    }

    [Fact]
    public void TwoRuns_AlternateBetweenTheTwoOrders()
    {
        string[] two = ["floor", "ServiceBot (sqlite)"];

        Assert.Equal(two, RunOrder.ForRound(two, 1, 2));
        Assert.Equal(["ServiceBot (sqlite)", "floor"], RunOrder.ForRound(two, 2, 2));
    }

    [Fact]
    public void ThereIsNoRoundZeroNorOnePastTheLast()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RunOrder.ForRound(Planned, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => RunOrder.ForRound(Planned, 4, 3));
    }
}
