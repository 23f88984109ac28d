using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class ChannelAuthenticationTests : BotHostTestBase
{
    private const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string OtherBotServiceTenant = "69e9b82d-4842-4902-8d1e-abc5b98a55e8";
    private const string UntrustedTenant = "7b3c1a52-0f4e-4c8d-9a6b-2e1f0d9c8b7a";

    private const string BotAppId = ServiceBotApplication.TestAppId;
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

    [Fact]
    public async Task Post_WithEmulatorTokenWithoutVersion_Returns401()
    {
        await AssertRejectedAsync(TokenFactory.EmulatorToken(EmulatorKey, BotAppId, version: null), channelId: "emulator");
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("api://{0}")]
    [InlineData("api://botid-{0}")]
    public async Task Post_WithChannelTokenForAnyFormOfTheAppId_Returns200(string audienceFormat)
    {
        var token = TokenFactory.ChannelToken(ChannelKey, string.Format(System.Globalization.CultureInfo.InvariantCulture, audienceFormat, BotAppId), Channel.ServiceUrl());

        var response = await Client.PostAsync(Message(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("api://botid-11111111-2222-3333-4444-555555555555")]
    [InlineData("api://example.com/botid-{0}")]
    [InlineData("https://api.botframework.com")]
    public async Task Post_WithChannelTokenForAnotherAudienceForm_Returns401(string audienceFormat)
    {
        var audience = string.Format(System.Globalization.CultureInfo.InvariantCulture, audienceFormat, BotAppId);

        await AssertRejectedAsync(TokenFactory.ChannelToken(ChannelKey, audience, Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithChannelTokenOnAnActivityWithoutChannelId_Returns401()
    {
        var message = Message();
        message.Remove("channelId");

        await AssertRejectedAsync(ValidToken(), activity: message);
    }

    [Theory]
    [InlineData(ServiceBotApplication.TestTenantId, "1.0")]
    [InlineData(ServiceBotApplication.TestTenantId, "2.0")]
    [InlineData(BotServiceTenant, "1.0")]
    [InlineData(BotServiceTenant, "2.0")]
    [InlineData(OtherBotServiceTenant, "2.0")]
    public async Task Post_WithEntraChannelTokenFromATrustedTenant_Returns200AndRepliesWithTheAppToken(string tenant, string version)
    {
        var key = EntraKey(tenant);

        var response = await Client.PostAsync(Message(), TokenFactory.EntraChannelToken(key, tenant, version, BotAppId, Channel.ServiceUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.StartsWith("Bearer ", reply.Authorization, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api://{0}")]
    [InlineData("api://botid-{0}")]
    public async Task Post_WithEntraV1ChannelTokenForTheAppIdUri_Returns200(string audienceFormat)
    {
        var key = EntraKey(BotServiceTenant);
        var audience = string.Format(System.Globalization.CultureInfo.InvariantCulture, audienceFormat, BotAppId);

        var response = await Client.PostAsync(Message(), TokenFactory.EntraChannelToken(key, BotServiceTenant, "1.0", audience, Channel.ServiceUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenFromAnUntrustedTenant_Returns401()
    {
        var key = EntraKey(UntrustedTenant);

        await AssertRejectedAsync(TokenFactory.EntraChannelToken(key, UntrustedTenant, "2.0", BotAppId, Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenSignedByAnotherTenantsKey_Returns401()
    {
        var otherTenantsKey = EntraKey(ServiceBotApplication.TestTenantId);

        await AssertRejectedAsync(TokenFactory.EntraChannelToken(otherTenantsKey, BotServiceTenant, "2.0", BotAppId, Channel.ServiceUrl()));
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenNamingAnotherServiceUrl_Returns401()
    {
        var key = EntraKey(BotServiceTenant);

        await AssertRejectedAsync(TokenFactory.EntraChannelToken(key, BotServiceTenant, "2.0", BotAppId, "https://attacker.example.com/"));
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenOnAnActivityWithoutChannelId_Returns401()
    {
        var key = EntraKey(BotServiceTenant);
        var message = Message();
        message.Remove("channelId");

        await AssertRejectedAsync(TokenFactory.EntraChannelToken(key, BotServiceTenant, "2.0", BotAppId, Channel.ServiceUrl()), activity: message);
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenThatNamesNoServiceUrl_IsAcceptedButTheTokenIsNotSentToAnUnlistedHost()
    {
        var key = EntraKey(BotServiceTenant);

        var response = await Client.PostAsync(Message(), TokenFactory.EntraChannelToken(key, BotServiceTenant, "2.0", BotAppId, serviceUrl: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_WithEntraChannelTokenWithoutVersionFromTheBotsOwnApp_IsTreatedAsAnEmulatorTokenAndRejected()
    {
        var key = EntraKey(BotServiceTenant);
        var token = TokenFactory.EntraChannelToken(key, BotServiceTenant, "1.0", BotAppId, Channel.ServiceUrl(), callerAppId: BotAppId);

        // Same issuer as an Emulator token, obtained by the bot's own app: the Emulator's rules apply (and its keys).
        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData("aaaa.bbbb.cccc")]
    [InlineData("!!!.???.###")]
    [InlineData("eyJub3QiOiJqc29u.eyJhIjoxfQ.c2ln")]
    [InlineData("bm90IGpzb24.bm90IGpzb24.c2ln")]
    [InlineData("onlyone")]
    [InlineData("two.parts")]
    [InlineData("a.b.c.d.e")]
    [InlineData("..")]
    public async Task Post_WithMalformedToken_Returns401LoggedOnceAtDebugAndCounted(string token)
    {
        using var rejected = RejectedRequests();

        await AssertRejectedAsync(token);

        var entry = Assert.Single(App.Logs.Entries, e => e.EventId.Id == 1104);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Exception is not null);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("token", StringComparison.OrdinalIgnoreCase));
        var counted = Assert.Single(rejected.GetMeasurementSnapshot());
        Assert.Equal("malformed_token", counted.Tags["reason"]);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("ES256")]
    public async Task Post_WithTokenOfAnotherAlgorithm_Returns401AsMalformed(string algorithm)
    {
        var header = Base64UrlEncoder.Encode($$"""{"alg":"{{algorithm}}","kid":"{{ChannelKey.Kid}}","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"https://api.botframework.com","aud":"{{BotAppId}}","serviceurl":"{{Channel.ServiceUrl()}}"}""");

        await AssertRejectedAsync($"{header}.{payload}.c2lnbmF0dXJl");

        Assert.Contains(App.Logs.Entries, e => e.EventId.Id == 1104 && e.Message.Contains(algorithm, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithTokenNamingNoKey_Returns401AsMalformed()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"RS256","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode("""{"iss":"https://api.botframework.com"}""");

        await AssertRejectedAsync($"{header}.{payload}.c2lnbmF0dXJl");

        Assert.Contains(App.Logs.Entries, e => e.EventId.Id == 1104);
    }

    private JsonObject Message(string channelId = "msteams") =>
        TestActivities.Message(Channel.ServiceUrl(), "hola", channelId: channelId);

    private TestKey EntraKey(string tenant)
    {
        var key = new TestKey($"entra-{tenant[..8]}");
        Channel.EntraKeys.GetOrAdd(tenant, _ => []).Add(key);
        return key;
    }

    private MetricCollector<long> RejectedRequests() => new(
        App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
        BotAuthenticationMetrics.MeterName,
        BotAuthenticationMetrics.RejectedRequestsName);

    private async Task AssertRejectedAsync(string? token, string scheme = "Bearer", string channelId = "msteams", JsonObject? activity = null)
    {
        var response = await Client.PostAsync(activity ?? Message(channelId), token, scheme);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("endorse", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(200)));
    }
}
