using ServiceBot.BotFramework.Connector;

namespace ServiceBot.Tests.BotFramework.Connector;

public sealed class ConnectorUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1%3Bmessageid%3D2/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1%3Bmessageid%3D2/activities")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", "https://smba.infra.gcc.teams.microsoft.com/gcc/v3/conversations/a%3A1%3Bmessageid%3D2/activities")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/v3/conversations/a%3A1%3Bmessageid%3D2/activities")]
    public void Activities_KeepsThePathPrefixAndEscapesTheId(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorUrls.Activities(serviceUrl, "a:1;messageid=2").AbsoluteUri);
    }

    [Fact]
    public void Activity_EscapesBothIds()
    {
        var uri = ConnectorUrls.Activity("https://smba.trafficmanager.net/teams/", "19:abc@thread.tacv2", "f:123/..");

        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/19%3Aabc%40thread.tacv2/activities/f%3A123%2F..", uri.AbsoluteUri);
    }

    [Fact]
    public void Member_BuildsTheMemberPath()
    {
        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/members/29%3Auser",
            ConnectorUrls.Member("https://smba.trafficmanager.net/amer/", "a:1", "29:user").AbsoluteUri);
    }
}
