using System.Net;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class ChannelAuthenticationTests : BotHostTestBase
{
    [Fact]
    public async Task Post_WithValidChannelToken_Returns200()
    {
        var response = await Client.PostAsync(Message(), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAuthorizationHeader_Returns401()
    {
        await AssertRejectedAsync(token: null);
    }

    [Fact]
    public async Task Post_WithWrongScheme_Returns401()
    {
        await AssertRejectedAsync(ValidToken(), scheme: "Basic");
    }

    [Fact]
    public async Task Post_WithGarbageToken_Returns401()
    {
        await AssertRejectedAsync("not-a-jwt");
    }

    [Fact]
    public async Task Post_WithSignatureFromAnotherKeyUnderTheSameKid_Returns401()
    {
        using var impostor = new TestKey(ChannelKey.Kid, "msteams");

        await AssertRejectedAsync(TokenFactory.ChannelToken(impostor, ServiceBotApplication.TestAppId, Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithExpiredToken_Returns401()
    {
        var issuedAt = TimeProvider.System.GetUtcNow().AddHours(-1);

        await AssertRejectedAsync(TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl(), issuedAt: issuedAt));
    }

    [Fact]
    public async Task Post_WithTokenExpiredWithinClockSkew_Returns200()
    {
        var issuedAt = TimeProvider.System.GetUtcNow().AddMinutes(-12);
        var token = TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl(), issuedAt: issuedAt);

        var response = await Client.PostAsync(Message(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithWrongIssuer_Returns401()
    {
        await AssertRejectedAsync(TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl(), issuer: "https://evil.example.com"));
    }

    [Fact]
    public async Task Post_WithTokenForAnotherAudience_Returns401()
    {
        await AssertRejectedAsync(TokenFactory.ChannelToken(ChannelKey, "11111111-2222-3333-4444-555555555555", Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithKeyNotEndorsedForTheChannel_Returns401()
    {
        var webChatOnly = new TestKey("webchat-key", "webchat");
        Channel.ChannelKeys.Add(webChatOnly);

        await AssertRejectedAsync(TokenFactory.ChannelToken(webChatOnly, ServiceBotApplication.TestAppId, Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithServiceUrlClaimForAnotherServiceUrl_Returns401()
    {
        await AssertRejectedAsync(TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, "https://attacker.example.com/"));
    }

    [Fact]
    public async Task Post_WithHmacSignedToken_Returns401()
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = ServiceBotApplication.TestAppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = Channel.ServiceUrl() },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = ChannelKey.Kid }, SecurityAlgorithms.HmacSha256),
        });

        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Post_WithOtherAllowedRsaAlgorithms_Returns200(string algorithm)
    {
        var token = TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl(), algorithm: algorithm);

        var response = await Client.PostAsync(Message(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterKeyRollover_RefreshesKeysAndAccepts()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync(Message(), ValidToken())).StatusCode);
        var fetchesBefore = Channel.ChannelKeyFetches;
        var rolledKey = new TestKey("channel-key-2", "msteams");
        Channel.ChannelKeys.Add(rolledKey);

        var response = await Client.PostAsync(Message(), TokenFactory.ChannelToken(rolledKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, Channel.ChannelKeyFetches);
    }

    [Fact]
    public async Task Post_WithUnpublishedKey_Returns401AfterOneRefresh()
    {
        using var unpublished = new TestKey("never-published", "msteams");

        await AssertRejectedAsync(TokenFactory.ChannelToken(unpublished, ServiceBotApplication.TestAppId, Channel.ServiceUrl()));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Post_WithEmulatorToken_Returns200(string version)
    {
        var response = await Client.PostAsync(Message(channelId: "emulator"), TokenFactory.EmulatorToken(EmulatorKey, ServiceBotApplication.TestAppId, version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Post_WithEmulatorTokenForAnotherApp_Returns401(string version)
    {
        var token = TokenFactory.EmulatorToken(EmulatorKey, "11111111-2222-3333-4444-555555555555", version);

        await AssertRejectedAsync(token, channelId: "emulator");
    }

    [Fact]
    public async Task Post_WithEmulatorTokenOfUnknownVersion_Returns401()
    {
        await AssertRejectedAsync(TokenFactory.EmulatorToken(EmulatorKey, ServiceBotApplication.TestAppId, "3.0"), channelId: "emulator");
    }

    private System.Text.Json.Nodes.JsonObject Message(string channelId = "msteams") =>
        TestActivities.Message(Channel.ServiceUrl(), "hola", channelId: channelId);

    private async Task AssertRejectedAsync(string? token, string scheme = "Bearer", string channelId = "msteams")
    {
        var response = await Client.PostAsync(Message(channelId), token, scheme);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("endorse", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(200)));
    }
}
