using Microsoft.Extensions.Time.Testing;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>When the held app token is handed out again and when MSAL must be asked; time moves only when the test advances it.</summary>
public sealed class HeldAppTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 23, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public void Current_NothingHeld_IsNull() => Assert.Null(new HeldAppToken(_time).Current);

    [Fact]
    public void Current_UntilFiveMinutesBeforeExpiry_IsTheHeldToken()
    {
        var sut = new HeldAppToken(_time);

        Assert.Equal("t1", sut.Keep("t1", Now.AddHours(1), refreshOn: null));
        _time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("t1", sut.Current);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(sut.Current);
    }

    [Fact]
    public void Current_MsalRefreshTimeEarlier_IsDueThen()
    {
        var sut = new HeldAppToken(_time);
        sut.Keep("t1", Now.AddHours(24), refreshOn: Now.AddHours(12));

        _time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.Equal("t1", sut.Current);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(sut.Current);
    }

    [Fact]
    public void Keep_ANewToken_ReplacesTheHeldOne()
    {
        var sut = new HeldAppToken(_time);
        sut.Keep("t1", Now.AddHours(1), refreshOn: null);

        sut.Keep("t2", Now.AddHours(1), refreshOn: null);

        Assert.Equal("t2", sut.Current);
    }
}
