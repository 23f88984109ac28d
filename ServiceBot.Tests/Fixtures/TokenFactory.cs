using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.Fixtures;

/// <summary>Mints genuinely signed JWTs shaped like Bot Connector and Emulator tokens.</summary>
public static class TokenFactory
{
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    public static string ChannelToken(
        TestKey key,
        string audience,
        string serviceUrl,
        string issuer = AuthenticationConstants.BotFrameworkIssuer,
        TimeSpan? lifetime = null,
        DateTimeOffset? issuedAt = null,
        string algorithm = SecurityAlgorithms.RsaSha256) =>
        Create(key, issuer, audience, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, lifetime, issuedAt, algorithm);

    /// <summary>An Emulator token; with <paramref name="version"/> null it carries no <c>ver</c> claim (and the app id in <c>appid</c>).</summary>
    public static string EmulatorToken(TestKey key, string appId, string? version, string? issuer = null)
    {
        var claims = new Dictionary<string, object>();
        if (version is not null)
        {
            claims["ver"] = version;
        }

        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return Create(key, issuer ?? (version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1), appId, claims);
    }

    /// <summary>The app Azure Bot Service obtains Entra ID channel tokens with (any app id other than the bot's own).</summary>
    public const string BotServiceCallerAppId = "0a7d0cfa-7c1b-4c39-bf6e-3e1d0f6b5a11";

    /// <summary>
    /// A channel token as Entra ID issues it for Azure Bot Service: v1 (<c>sts.windows.net/{tid}/</c>, <c>appid</c>) or
    /// v2 (<c>login.microsoftonline.com/{tid}/v2.0</c>, <c>azp</c>), with a <c>serviceurl</c> claim unless null.
    /// </summary>
    public static string EntraChannelToken(
        TestKey key, string tenantId, string version, string audience, string? serviceUrl, string callerAppId = BotServiceCallerAppId)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = tenantId };
        claims[version == "2.0" ? "azp" : "appid"] = callerAppId;
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        return Create(key, issuer, audience, claims);
    }

    /// <summary>The bot's own token for the Connector, as Entra ID would issue it (aud = api.botframework.com).</summary>
    public static string AppToken(TestKey key, string appId) =>
        Create(key, "https://login.microsoftonline.com/test-tenant/v2.0", AuthenticationConstants.BotConnectorResource, new Dictionary<string, object> { ["appid"] = appId });

    private static string Create(
        TestKey key, string issuer, string audience, Dictionary<string, object> claims,
        TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = issuedAt ?? TimeProvider.System.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromMinutes(10))).UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
