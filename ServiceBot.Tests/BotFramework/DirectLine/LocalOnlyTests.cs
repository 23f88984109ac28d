using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using ServiceBot.Tests.Content;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.DirectLine;

/// <summary>The local chat and its Direct Line exist only in local mode, for loopback callers: otherwise every path is 404.</summary>
public sealed class LocalOnlyTests
{
    public static TheoryData<string, string> Paths => new()
    {
        { "GET", "/" },
        { "GET", "/?as=customer&lang=en" },
        { "POST", "/v3/directline/tokens/generate" },
        { "POST", "/v3/directline/tokens/refresh" },
        { "POST", "/v3/directline/conversations" },
        { "GET", "/v3/directline/conversations/abc" },
        { "POST", "/v3/directline/conversations/abc/activities" },
        { "GET", "/v3/directline/conversations/abc/activities?watermark=0" },
        { "POST", "/directline/connector/v3/conversations/abc/activities" },
        { "PUT", "/directline/connector/v3/conversations/abc/activities/1" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task WithCredentials_EveryPathIs404(string method, string path)
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The chat page's own files; /chat/chat.css is committed, the bundle exists once the web build ran.</summary>
    private static readonly string[] ChatPageFiles =
        ["/chat/chat.css", "/CHAT/chat.css", "/assets/webchat.js", "/assets/webchat.js.map", "/assets/webchat.js.LEGAL.txt"];

    [Fact]
    public async Task WithCredentials_TheChatPagesFilesAre404_WhileThePagesOfPeopleKeepTheirs()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel);
        using var client = app.CreateClient();

        foreach (var path in ChatPageFiles)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        // Still served: what the results, the survey and the studio load (the studio's bundle once built).
        using var results = await client.GetAsync(new Uri("/results/results.css", UriKind.Relative));
        using var survey = await client.GetAsync(new Uri("/survey/survey.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        if (File.Exists(Path.Combine(ContentFolders.Repository, "ServiceBot", "wwwroot", "assets", "studio.js")))
        {
            using var studio = await client.GetAsync(new Uri("/assets/studio.js", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, studio.StatusCode);
        }
    }

    [Fact]
    public async Task InLocalMode_TheChatPagesStyles_AreServedToThisComputerOnly()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel, appId: null);
        using var client = app.CreateClient();

        using var local = await client.GetAsync(new Uri("/chat/chat.css", UriKind.Relative));
        var remote = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/chat/chat.css";
            c.Connection.RemoteIpAddress = IPAddress.Parse("192.168.1.20");
        });

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, remote.Response.StatusCode);
    }

    [Fact]
    public async Task WithCredentialsOutsideDevelopment_Is404()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel) { Environment = "Production" }
            .WithSetting("Feedback:PublicBaseUrl", "https://servicebot.contoso.com");
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("192.168.1.20")]
    [InlineData("10.0.0.7")]
    [InlineData("2001:db8::1")]
    public async Task InLocalMode_FromANonLoopbackAddress_Is404(string remote)
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel, appId: null);
        _ = app.CreateClient();

        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/v3/directline/tokens/generate";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });
        var local = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/v3/directline/tokens/generate";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
    }

    [Fact]
    public async Task InLocalMode_WithAHostNameOtherThanThisComputer_Is404()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel, appId: null);
        using var client = app.CreateClient();

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/");
        rebound.Headers.Host = "servicebot.attacker.example";
        using var response = await client.SendAsync(rebound);
        using var local = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }
}
