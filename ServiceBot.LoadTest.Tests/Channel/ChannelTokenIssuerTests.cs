using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Tests.Fixtures;

namespace ServiceBot.LoadTest.Tests.Channel;

public sealed class ChannelTokenIssuerTests : IDisposable
{
    private const string AppId = "7c1e2a5b-6d4f-4e3a-9b8c-0d1e2f3a4b5c";
    private const string ServiceUrl = "http://127.0.0.1:9/amer/";
    private readonly ChannelSigningKey _key = new("k1", "msteams");
    private readonly SteppedTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ATokenIsABotConnectorToken_ThatTheKeysPublicHalfValidates()
    {
        var issuer = new ChannelTokenIssuer(_key, AppId, TimeProvider.System, TimeSpan.Zero);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issuer.TokenFor(ServiceUrl), new TokenValidationParameters
        {
            ValidIssuer = "https://api.botframework.com",
            ValidAudience = AppId,
            IssuerSigningKey = new JsonWebKey(System.Text.Json.JsonSerializer.Serialize(_key.ToJwk())),
            ValidAlgorithms = ["RS256"],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(ServiceUrl, result.Claims["serviceurl"]);
        Assert.Equal("k1", ((JsonWebToken)result.SecurityToken).Kid);
    }

    [Fact]
    public void WithoutReuse_EveryActivityGetsANewlySignedToken()
    {
        var issuer = new ChannelTokenIssuer(_key, AppId, _time, TimeSpan.Zero);

        issuer.TokenFor(ServiceUrl);
        issuer.TokenFor(ServiceUrl);

        Assert.Equal(2, issuer.Signed);
    }

    [Fact]
    public void WithReuse_OneTokenServesAServiceUrl_UntilTheWindowPasses()
    {
        var issuer = new ChannelTokenIssuer(_key, AppId, _time, TimeSpan.FromMinutes(10));

        var first = issuer.TokenFor(ServiceUrl);
        _time.Advance(TimeSpan.FromMinutes(9));
        var again = issuer.TokenFor(ServiceUrl);
        var otherRegion = issuer.TokenFor("http://127.0.0.1:9/emea/");
        _time.Advance(TimeSpan.FromMinutes(2));
        var renewed = issuer.TokenFor(ServiceUrl);

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherRegion);
        Assert.NotEqual(first, renewed);
        Assert.Equal(3, issuer.Signed);
    }

    public void Dispose() => _key.Dispose();
}
