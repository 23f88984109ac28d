using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.DirectLine;

/// <summary>Tokens last 30 minutes, as Direct Line's do: refreshed before then they keep the conversation, after it they are refused.</summary>
public sealed class DirectLineTokenLifetimeTests : BotHostTestBase
{
    private readonly ManualTimeProvider _clock = new();

    protected override string? AppId => null;

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) => new(channel, AppId, Entra) { Clock = _clock };

    [Fact]
    public async Task ExpiredToken_Gets403TokenExpired_ARefreshedOneKeepsWorking()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);
        var activities = $"/v3/directline/conversations/{client.ConversationId}/activities";

        _clock.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var fresh = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        _clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await client.SendAsync(HttpMethod.Get, activities);
        using var expiredRefresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var withFresh = await client.SendAsync(HttpMethod.Get, activities, token: fresh);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, expiredRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withFresh.StatusCode);
    }
}
