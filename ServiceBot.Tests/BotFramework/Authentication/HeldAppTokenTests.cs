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

    [Theory]
    [InlineData(60, null, 55)] // held until five minutes before it expires
    [InlineData(24 * 60, 12 * 60, 12 * 60)] // MSAL's refresh time, when earlier
    public void Current_UntilDue_IsTheHeldToken_ThenNull(int expiresInMinutes, int? refreshInMinutes, int dueInMinutes)
    {
        var sut = new HeldAppToken(_time);

        Assert.Equal("t1", sut.Keep("t1", Now.AddMinutes(expiresInMinutes), refreshInMinutes is { } r ? Now.AddMinutes(r) : null));
        _time.Advance(TimeSpan.FromMinutes(dueInMinutes) - TimeSpan.FromSeconds(1));
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
