using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token on an incoming activity. Three kinds are accepted, each checked against its own keys:
/// <list type="bullet">
/// <item>Bot Connector tokens (<c>iss = https://api.botframework.com</c>): key endorsed for the activity's channel,
/// <c>serviceurl</c> claim equal to the activity's serviceUrl.</item>
/// <item>Entra ID channel tokens (v1 or v2 issuer of the bot's tenant or a Bot Service tenant), with keys from that
/// tenant's metadata. A <c>serviceurl</c> claim, when present, must match; without one the serviceUrl is not verified,
/// so the bot's token goes there only if its host is allow-listed.</item>
/// <item>Emulator tokens the bot's own app obtained (<c>appid</c> for <c>ver</c> 1.0, <c>azp</c> for 2.0; no <c>ver</c>, no entry).</item>
/// </list>
/// Always: an allowed RSA algorithm, a signature by a published key, lifetime with 5 minutes' skew, and an audience of
/// <c>{appId}</c>, <c>api://{appId}</c> or <c>api://botid-{appId}</c>. A channel token needs the activity's channelId.
/// </summary>
public sealed class BotTokenAuthenticator(
    IOptions<BotCredentialsOptions> credentials,
    SigningKeyCaches keyCaches,
    ValidatedTokens validated,
    TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>No app id: requests are accepted without a token (Development on loopback only).</summary>
    public bool IsLocalMode => credentials.Value.IsAuthenticationDisabled;

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var appId = credentials.Value.MicrosoftAppId;
        if (string.IsNullOrWhiteSpace(appId))
        {
            return authorizationHeader is null
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Fail("A token was sent but no MicrosoftAppId is configured to validate it against.");
        }

        if (!BearerToken.TryRead(authorizationHeader, out var token, out var failure))
        {
            return failure;
        }

        try
        {
            return await ValidateAsync(token, appId, activity, cancellationToken);
        }
        catch (SigningKeysUnavailableException ex)
        {
            return AuthenticationResult.Unavailable(ex.Message);
        }
    }

    /// <summary>
    /// Validates a token made for the occasion through this handler and the parameters a channel token gets, then the
    /// checks a channel token passes after its signature (the key's endorsement, the <c>serviceurl</c> claim), so the
    /// first real request does not pay for the validation code's first run, its success path included (the start's
    /// warm-up). The token is signed with a key pair made here and dropped afterwards (1024 bits: the least the handler
    /// verifies, and quick to make); the key is in no key cache and the token is not kept, so nothing it leaves behind
    /// accepts a token later. Any outcome but a valid token is an error.
    /// </summary>
    public async Task RehearseAsync()
    {
        var appId = credentials.Value.MicrosoftAppId!;
        using var rsa = RSA.Create(RehearsalKeyBits);
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = "warm-up" };
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSegment(json =>
        {
            json.WriteString("alg", SecurityAlgorithms.RsaSha256);
            json.WriteString("kid", key.KeyId);
            json.WriteString("typ", "JWT");
        });
        var payload = JsonSegment(json =>
        {
            json.WriteString("iss", AuthenticationConstants.BotFrameworkIssuer);
            json.WriteString("aud", appId);
            json.WriteNumber("iat", now);
            json.WriteNumber("nbf", now);
            json.WriteNumber("exp", now + 300);
            json.WriteString(AuthenticationConstants.ServiceUrlClaim, RehearsalServiceUrl);
        });
        var signature = rsa.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var encoded = $"{header}.{payload}.{Base64UrlEncoder.Encode(signature)}";
        if (!BearerToken.TryRead($"{AuthenticationConstants.BearerScheme} {encoded}", out var token, out var failure))
        {
            throw new InvalidOperationException(failure.FailureReason);
        }

        var keys = new SigningKeySet([key], new Dictionary<string, IReadOnlySet<string>> { [key.KeyId] = new HashSet<string>(StringComparer.Ordinal) { RehearsalChannel } }, time.GetUtcNow());
        var result = await _handler.ValidateTokenAsync(token, CreateParameters(keys, token.Issuer, appId));
        if (!result.IsValid)
        {
            throw new InvalidOperationException("The warm-up's token should have been valid.", result.Exception);
        }

        if (!keys.IsEndorsedFor(token.Kid, RehearsalChannel) ||
            !string.Equals(result.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value, RehearsalServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The warm-up's token should have passed the channel's checks.");
        }
    }

    private const int RehearsalKeyBits = 1024;
    private const string RehearsalChannel = "msteams";
    private const string RehearsalServiceUrl = "https://warm-up.invalid/";

    private static string JsonSegment(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Base64UrlEncoder.Encode(buffer.WrittenSpan.ToArray());
    }

    private Task<AuthenticationResult> ValidateAsync(JsonWebToken token, string appId, Activity activity, CancellationToken cancellationToken)
    {
        var issuer = token.Issuer;
        if (issuer == AuthenticationConstants.BotFrameworkIssuer)
        {
            return ValidateBotConnectorTokenAsync(token, appId, activity, cancellationToken);
        }

        var channelTenant = EntraIssuers.TryGetTenant(issuer, out var tenantId) && keyCaches.TryGetChannelTenant(tenantId, out var tenantKeys)
            ? tenantKeys
            : null;

        // The Emulator and the Bot Service share issuers; a token the bot's own app obtained is the Emulator's.
        if (EmulatorIssuers.IsEmulatorIssuer(issuer, Claim(token, AuthenticationConstants.TenantIdClaim)) &&
            (channelTenant is null || CallerAppId(token) == appId))
        {
            return ValidateEmulatorTokenAsync(token, appId, cancellationToken);
        }

        if (channelTenant is not null)
        {
            return ValidateEntraChannelTokenAsync(token, channelTenant, appId, activity, cancellationToken);
        }

        return Task.FromResult(AuthenticationResult.Fail("Token issuer is not trusted."));
    }

    private async Task<AuthenticationResult> ValidateBotConnectorTokenAsync(JsonWebToken token, string appId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return AuthenticationResult.Fail("A channel token came with an activity without channelId, so the key's endorsement cannot be checked.");
        }

        var (result, keys) = await ValidateSignedAsync(token, keyCaches.Channel, appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"Channel token rejected: {result.Exception?.GetType().Name}");
        }

        if (!keys.IsEndorsedFor(token.Kid, activity.ChannelId))
        {
            return AuthenticationResult.Fail("Signing key is not endorsed for the activity's channel.");
        }

        var serviceUrlClaim = result.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("The serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthenticationResult.Success(result.ClaimsIdentity, serviceUrlVerified: true);
    }

    private async Task<AuthenticationResult> ValidateEntraChannelTokenAsync(
        JsonWebToken token, SigningKeyCache tenantKeys, string appId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return AuthenticationResult.Fail("A channel token came with an activity without channelId.");
        }

        var (result, _) = await ValidateSignedAsync(token, tenantKeys, appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"Entra ID channel token rejected: {result.Exception?.GetType().Name}");
        }

        var serviceUrlClaim = result.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrlClaim is not null && !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("The serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthenticationResult.Success(result.ClaimsIdentity, serviceUrlVerified: serviceUrlClaim is not null);
    }

    private async Task<AuthenticationResult> ValidateEmulatorTokenAsync(JsonWebToken token, string appId, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateSignedAsync(token, keyCaches.Emulator, appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"Emulator token rejected: {result.Exception?.GetType().Name}");
        }

        var identity = result.ClaimsIdentity;
        var appIdClaim = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationResult.Fail("Emulator token has no known version (ver 1.0 or 2.0).");
        }

        if (identity.FindFirst(appIdClaim)?.Value != appId)
        {
            return AuthenticationResult.Fail("Emulator token was not issued to this bot's app id.");
        }

        // Only the bot's own credentials obtain this token, so the serviceUrl it came with is the owner's choice.
        return AuthenticationResult.Success(identity, serviceUrlVerified: true);
    }

    private async Task<(TokenValidationResult Result, SigningKeySet Keys)> ValidateSignedAsync(
        JsonWebToken token, SigningKeyCache cache, string appId, CancellationToken cancellationToken)
    {
        var keys = await cache.GetAsync(cancellationToken);
        if (!keys.HasKey(token.Kid))
        {
            keys = await cache.RefreshForUnknownKeyAsync(token.Kid, cancellationToken);
        }

        if (validated.TryGet(token.EncodedToken, keys, appId, out var identity))
        {
            return (new TokenValidationResult { IsValid = true, ClaimsIdentity = identity }, keys);
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(keys, token.Issuer, appId));
        if (result.IsValid)
        {
            validated.Keep(token.EncodedToken, keys, appId, token.ValidTo, result.ClaimsIdentity);
        }

        return (result, keys);
    }

    private static TokenValidationParameters CreateParameters(SigningKeySet keys, string issuer, string appId) => new()
    {
        ValidIssuer = issuer,
        ValidAudiences = AuthenticationConstants.AudiencesFor(appId),
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
        ClockSkew = AuthenticationConstants.ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
    };

    /// <summary>The client app that obtained the token: <c>azp</c> (v2) or <c>appid</c> (v1). Read before validation, only to route.</summary>
    private static string? CallerAppId(JsonWebToken token) =>
        Claim(token, AuthenticationConstants.AuthorizedPartyClaim) ?? Claim(token, AuthenticationConstants.AppIdClaim);

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
