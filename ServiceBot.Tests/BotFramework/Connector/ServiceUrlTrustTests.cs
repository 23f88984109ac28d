using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;

namespace ServiceBot.Tests.BotFramework.Connector;

public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    public void IsTrusted_AllowListedHostOverHttps_IsTrusted(string serviceUrl)
    {
        Assert.True(CreateSut().IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("https://attacker.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.com/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://example.com/")]
    [InlineData("not a url")]
    public void IsTrusted_AnythingElse_IsNotTrusted(string serviceUrl)
    {
        Assert.False(CreateSut().IsTrusted(serviceUrl));
    }

    [Fact]
    public void IsTrusted_AfterAVerifiedActivityNamedIt_IsTrustedWithOrWithoutTrailingSlash()
    {
        var sut = CreateSut();

        sut.MarkVerified("https://channel.example.com/emea/");

        Assert.True(sut.IsTrusted("https://channel.example.com/emea"));
        Assert.False(sut.IsTrusted("https://channel.example.com/amer/"));
    }

    private static ServiceUrlTrust CreateSut() => new(Options.Create(new BotFrameworkOptions()));
}
