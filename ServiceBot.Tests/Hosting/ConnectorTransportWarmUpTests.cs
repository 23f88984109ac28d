using ServiceBot.Hosting;

namespace ServiceBot.Tests.Hosting;

/// <summary>Where the Connector transport's warm-up posts: this process's own first http(s) address, a wildcard host as 127.0.0.1.</summary>
public sealed class ConnectorTransportWarmUpTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://+:80", "http://127.0.0.1/")]
    [InlineData("https://*:5443", "https://127.0.0.1:5443/")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/")]
    public void OwnAddress_TheFirstListenedOn(string listened, string expected) =>
        Assert.Equal(expected, ConnectorTransportWarmUp.OwnAddress([listened, "http://127.0.0.9:1"])?.ToString());

    [Fact]
    public void OwnAddress_NoHttpAddress_IsNone()
    {
        Assert.Null(ConnectorTransportWarmUp.OwnAddress(null));
        Assert.Null(ConnectorTransportWarmUp.OwnAddress(["unix:/tmp/servicebot.sock"]));
    }
}
