using Microsoft.Extensions.Options;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Start_InProductionWithoutAppId_RefusesNamingTheMissingSettings()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel, appId: null) { Environment = "Production" };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnEntraMetadataUrlWithoutTheTenant_RefusesNamingTheSetting()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel)
            .WithSetting("BotFramework:EntraOpenIdMetadataUrl", "https://login.example/common/v2.0/.well-known/openid-configuration");

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("BotFramework:EntraOpenIdMetadataUrl must contain {tenantId}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotFramework:ConnectorBaseDelay", "-00:00:01")]
    [InlineData("BotFramework:ConnectorMaxRetryAfter", "2.00:00:00")]
    public async Task Start_WithAConnectorDelayTheRetryPipelineRefuses_RefusesNamingTheSetting(string key, string value)
    {
        // The retry pipeline is built at the first Connector call, after the port opens: its limits are checked at start.
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel).WithSetting(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
