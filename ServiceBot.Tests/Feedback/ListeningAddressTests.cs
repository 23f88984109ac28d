using ServiceBot.Feedback;

namespace ServiceBot.Tests.Feedback;

public sealed class ListeningAddressTests
{
    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://127.0.0.1:5000/", "http://localhost:5000")]
    [InlineData("http://[::1]:5000", "http://localhost:5000")]
    [InlineData("http://127.0.0.2:5000", "http://localhost:5000")]
    [InlineData("http://localhost:80", "http://localhost")]
    [InlineData("http://192.168.1.20:5000", "http://192.168.1.20:5000")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("https://*:8443", "https://localhost:8443")]
    public void A_listening_address_becomes_one_a_local_browser_can_open(string listening, string expected) =>
        Assert.Equal(expected, ListeningAddress.BrowsableFrom([listening]));

    [Fact]
    public void The_first_http_address_wins_and_other_schemes_are_skipped() =>
        Assert.Equal("http://localhost:5001", ListeningAddress.BrowsableFrom(["unix:/tmp/bot.sock", "http://localhost:5001", "http://localhost:5002"]));

    [Fact]
    public void No_usable_address_gives_none()
    {
        Assert.Null(ListeningAddress.BrowsableFrom(null));
        Assert.Null(ListeningAddress.BrowsableFrom([]));
        Assert.Null(ListeningAddress.BrowsableFrom(["unix:/tmp/bot.sock"]));
    }
}
