using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token on an incoming activity: Bot Connector tokens (issuer, audience, lifetime, signature,
/// key endorsed for the activity's channel, <c>serviceurl</c> claim) and Bot Framework Emulator tokens
/// (issuer list, audience, <c>appid</c>/<c>azp</c> by token version). On an unknown key id the keys are re-read once.
/// </summary>
public sealed class BotTokenAuthenticator(
    IOptions<BotCredentialsOptions> credentials,
    SigningKeyCaches keyCaches)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var appId = credentials.Value.MicrosoftAppId;
        if (string.IsNullOrWhiteSpace(appId))
        {
            return authorizationHeader is null
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Fail("A token was sent but no MicrosoftAppId is configured to validate it against.");
        }

        if (!TryReadBearerToken(authorizationHeader, out var token, out var failure))
        {
            return AuthenticationResult.Fail(failure);
        }

        var unvalidated = new JsonWebToken(token);
        if (unvalidated.Issuer == AuthenticationConstants.BotFrameworkIssuer)
        {
            return await ValidateChannelTokenAsync(token, appId, activity, cancellationToken);
        }

        unvalidated.TryGetPayloadValue<string>(AuthenticationConstants.TenantIdClaim, out var tenantId);
        if (EmulatorIssuers.IsEmulatorIssuer(unvalidated.Issuer, tenantId))
        {
            return await ValidateEmulatorTokenAsync(token, appId, unvalidated.Issuer, cancellationToken);
        }

        return AuthenticationResult.Fail("Token issuer is not trusted.");
    }

    private async Task<AuthenticationResult> ValidateChannelTokenAsync(string token, string appId, Activity activity, CancellationToken cancellationToken)
    {
        var (result, keys) = await ValidateSignedAsync(token, keyCaches.Channel, [AuthenticationConstants.BotFrameworkIssuer], appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"Channel token rejected: {result.Exception?.GetType().Name}");
        }

        var kid = result.SecurityToken is JsonWebToken jwt ? jwt.Kid : null;
        if (!string.IsNullOrEmpty(activity.ChannelId) && !keys.IsEndorsedFor(kid, activity.ChannelId))
        {
            return AuthenticationResult.Fail("Signing key is not endorsed for the activity's channel.");
        }

        var serviceUrlClaim = result.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("The serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthenticationResult.Success(result.ClaimsIdentity);
    }

    private async Task<AuthenticationResult> ValidateEmulatorTokenAsync(string token, string appId, string issuer, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateSignedAsync(token, keyCaches.Emulator, [issuer], appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"Emulator token rejected: {result.Exception?.GetType().Name}");
        }

        var identity = result.ClaimsIdentity;
        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null || identity.FindFirst(appIdClaim)?.Value != appId)
        {
            return AuthenticationResult.Fail("Emulator token was not issued to this bot's app id.");
        }

        return AuthenticationResult.Success(identity);
    }

    private async Task<(TokenValidationResult Result, SigningKeySet Keys)> ValidateSignedAsync(
        string token, SigningKeyCache cache, string[] issuers, string audience, CancellationToken cancellationToken)
    {
        var keys = await cache.GetAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, CreateParameters(keys, issuers, audience));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException &&
            await cache.TryRefreshAsync(cancellationToken) is { } refreshed)
        {
            keys = refreshed;
            result = await _handler.ValidateTokenAsync(token, CreateParameters(keys, issuers, audience));
        }

        return (result, keys);
    }

    private static TokenValidationParameters CreateParameters(SigningKeySet keys, string[] issuers, string audience) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = audience,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
        ClockSkew = AuthenticationConstants.ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
    };

    private static bool TryReadBearerToken(string? header, out string token, out string failure)
    {
        token = string.Empty;
        failure = string.Empty;
        if (string.IsNullOrWhiteSpace(header))
        {
            failure = "No Authorization header.";
            return false;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], AuthenticationConstants.BearerScheme, StringComparison.Ordinal))
        {
            failure = "Authorization header is not a Bearer token.";
            return false;
        }

        token = parts[1];
        if (!new JsonWebTokenHandler().CanReadToken(token))
        {
            failure = "Bearer token is not a JWT.";
            return false;
        }

        return true;
    }
}
