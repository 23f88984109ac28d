using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.LoadTest.FloorBot;

/// <summary>
/// What every Teams bot must check on an inbound activity: a Bot Connector JWT (issuer, audience = app id, lifetime,
/// RS256 signature), its key endorsed for the activity's channel, and its <c>serviceurl</c> claim naming the
/// activity's serviceUrl.
/// </summary>
public sealed class ChannelTokenValidator(FloorBotSettings settings, ChannelKeys keys)
{
    private const string Issuer = "https://api.botframework.com";
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<bool> IsValidAsync(string? authorization, FloorActivity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var token = authorization["Bearer ".Length..];
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        var set = await keys.GetAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(set));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            set = await keys.RefreshAsync(set, cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(set));
        }

        return result.IsValid &&
            result.SecurityToken is JsonWebToken jwt &&
            set.Endorsements.TryGetValue(jwt.Kid, out var channels) && channels.Contains(activity.ChannelId, StringComparer.Ordinal) &&
            jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) &&
            string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
    }

    private TokenValidationParameters Parameters(ChannelKeys.KeySet set) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = settings.AppId,
        IssuerSigningKeys = set.Keys,
        ValidAlgorithms = ["RS256"],
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
    };
}
