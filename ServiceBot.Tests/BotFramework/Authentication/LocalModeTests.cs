using System.Net;
using System.Text;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>No app id: the Emulator's mode, in Development on loopback only.</summary>
public sealed class LocalModeTests : BotHostTestBase
{
    protected override string? AppId => null;

    [Fact]
    public async Task Post_WithoutToken_RepliesWithoutSendingAToken()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(await Channel.WaitForCallsAsync(1)).Authorization);
    }

    [Fact]
    public async Task Post_WithATokenItCannotValidate_Returns401()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_ABodyAWebPageCouldSend_Returns415AndRunsNothing(string? contentType)
    {
        using var content = new StringContent(TestActivities.Message(Channel.ServiceUrl(), "hola").ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://192.168.1.20:9999/")]
    [InlineData("http://localhost.example.com/")]
    public async Task Post_NamingANonLoopbackServiceUrl_Returns400(string serviceUrl)
    {
        var response = await Client.PostAsync(TestActivities.Message(serviceUrl, "hola"), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NamingLocalhost_Replies()
    {
        var serviceUrl = Channel.ServiceUrl().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var response = await Client.PostAsync(TestActivities.Message(serviceUrl, "hola"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await Channel.WaitForCallsAsync(1));
    }
}
