using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.DirectLine;

/// <summary>The local Direct Line subset over HTTP, on the whole host in local mode: the replies come from the real turn pipeline.</summary>
public sealed class DirectLineEndpointsTests : BotHostTestBase
{
    protected override string? AppId => null;

    [Fact]
    public async Task StartedConversation_GetsTheBotsWelcomeCard_FromTheTurnPipeline()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);

        var welcome = await client.WaitForAsync(LocalDirectLineClient.IsFromBot);

        Assert.True(LocalDirectLineClient.HasCard(welcome));
        Assert.Equal(client.ConversationId, welcome.GetProperty("conversation").GetProperty("id").GetString());
        Assert.StartsWith(client.ConversationId + "|", welcome.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, welcome.GetProperty("timestamp").ValueKind);
    }

    [Fact]
    public async Task PostedMessage_IsEchoedAtOnceWithItsIdAndClientActivityId_ThenAnswered()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);

        var id = await client.PostAsync("nueva atención", clientActivityId: "client-1");
        var echo = await client.WaitForAsync(a => a.GetProperty("id").GetString() == id);
        var answer = await client.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && a.TryGetProperty("replyToId", out var r) && r.GetString() == id);

        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("nueva atención", echo.GetProperty("text").GetString());
        Assert.True(echo.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64() <
                    answer.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64());
        Assert.False(echo.TryGetProperty("serviceUrl", out _));
    }

    [Fact]
    public async Task RetriedPost_WithTheSameClientActivityId_IsAnsweredWithTheFirstIdAndRunOnce()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);

        var first = await client.PostAsync("ayuda", clientActivityId: "same");
        var second = await client.PostAsync("ayuda", clientActivityId: "same");
        await client.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && a.TryGetProperty("replyToId", out var r) && r.GetString() == first);
        await client.PostAsync("menú");
        await client.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && a.GetProperty("replyToId").GetString() != first);

        Assert.Equal(first, second);
        Assert.Single(client.Seen, a => a.TryGetProperty("text", out var t) && t.GetString() == "ayuda");
        Assert.Single(client.Seen, a => LocalDirectLineClient.IsFromBot(a) && a.TryGetProperty("replyToId", out var r) && r.GetString() == first && LocalDirectLineClient.HasCard(a));
    }

    [Fact]
    public async Task CardsInTheLog_CarryNoActionExecute_AndAPressUpdatesTheCardInPlace()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);
        var start = await client.PostAsync("nueva atención");
        var card = await client.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && LocalDirectLineClient.HasCard(a) && a.GetProperty("replyToId").GetString() == start);
        var cardId = card.GetProperty("id").GetString()!;
        // A mood press changes what the live card shows (the mood selected, its tip), so the update is visible.
        var press = FirstSubmitData(card, verb: "session.temperament");

        await client.PostAsync(value: press, replyToId: cardId);
        var updated = await client.WaitForAsync(a => a.GetProperty("id").GetString() == cardId);

        Assert.DoesNotContain(client.Seen, a => a.GetRawText().Contains("Action.Execute", StringComparison.Ordinal));
        Assert.Equal(
            card.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64(),
            updated.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64());
        Assert.Equal(card.GetProperty("timestamp").GetString(), updated.GetProperty("timestamp").GetString());
        Assert.NotEqual(card.GetProperty("attachments").GetRawText(), updated.GetProperty("attachments").GetRawText());
    }

    [Fact]
    public async Task Tokens_RefreshKeepsTheConversation_AnotherConversationsTokenIsRefused()
    {
        var mine = await LocalDirectLineClient.StartAsync(Client);
        var other = await LocalDirectLineClient.StartAsync(Client);

        using var refreshed = await mine.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        using var withNewToken = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", token: body.GetProperty("token").GetString());
        using var crossed = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities");
        using var forged = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", token: mine.Token[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(mine.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, withNewToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Reconnect_AnswersTheConversationWithAFreshToken_AndTheLogReadsAgainFromTheStart()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);
        await client.WaitForAsync(LocalDirectLineClient.IsFromBot);

        // What botframework-directlinejs does with a conversationId: GET the conversation, keep the token it answers.
        using var reconnected = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=");
        var body = await reconnected.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=", token: body.GetProperty("token").GetString());
        var log = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, reconnected.StatusCode);
        Assert.Equal(client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(log.GetProperty("activities").EnumerateArray(), LocalDirectLineClient.IsFromBot);
    }

    [Fact]
    public async Task BadInput_GetsDirectLinesErrorShape_NeverA500()
    {
        var client = await LocalDirectLineClient.StartAsync(Client);
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        using var notJson = await client.SendAsync(HttpMethod.Post, path, body: "{not json");
        using var noType = await client.SendAsync(HttpMethod.Post, path, body: new { text = "hola" });
        using var badWatermark = await client.SendAsync(HttpMethod.Get, path + "?watermark=abc");
        using var unknown = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities");
        using var noToken = await Client.GetAsync(new Uri(path, UriKind.Relative));
        using var badPersona = await Client.PostAsJsonAsync("/v3/directline/tokens/generate", new { persona = "boss" });
        using var plainText = await Client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Contains("type", (await noType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPersona.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainText.StatusCode);
    }

    private static JsonObject FirstSubmitData(JsonElement card, string? verb = null)
    {
        var content = JsonNode.Parse(card.GetProperty("attachments")[0].GetProperty("content").GetRawText())!;
        return Find(content) ?? throw new InvalidOperationException("The card has no Action.Submit: " + content.ToJsonString());

        JsonObject? Find(JsonNode? node) => node switch
        {
            JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"] is JsonObject data
                && (verb is null || data["verb"]?.GetValue<string>() == verb) => (JsonObject)data.DeepClone(),
            JsonObject o => o.Select(p => Find(p.Value)).FirstOrDefault(f => f is not null),
            JsonArray a => a.Select(Find).FirstOrDefault(f => f is not null),
            _ => null,
        };
    }
}
