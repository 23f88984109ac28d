using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Issues and checks the local Direct Line's tokens: JWTs signed (HMAC-SHA256) with a key made when the process
/// starts, so a token never outlives the process that issued it. A token lasts 30 minutes, as Direct Line's do, and
/// names its conversation and user; Web Chat's client refreshes it halfway through.
/// </summary>
public sealed class DirectLineTokens(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private const string Issuer = "servicebot-local-directline";
    private const string ConversationClaim = "conv";
    private const string UserNameClaim = "name";
    private const string PersonaClaim = "persona";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(DirectLineToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = token.UserId,
            [ConversationClaim] = token.ConversationId,
            [PersonaClaim] = token.Persona.ToString(),
        };
        if (token.UserName is { Length: > 0 } name)
        {
            claims[UserNameClaim] = name;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = token.ExpiresAt.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A fresh token for a conversation and user, lasting <see cref="Lifetime"/>.</summary>
    public DirectLineToken New(string conversationId, string userId, string? userName, DirectLinePersona persona) =>
        new(conversationId, userId, userName, persona, time.GetUtcNow() + Lifetime);

    /// <summary>Reads a bearer token: the token it grants, or why it does not (expired, or not one of ours).</summary>
    public async Task<DirectLineTokenCheck> CheckAsync(string? authorization)
    {
        if (ReadBearer(authorization) is not { } raw)
        {
            return DirectLineTokenCheck.Missing();
        }

        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } end && time.GetUtcNow().UtcDateTime < end,
        });
        if (!result.IsValid)
        {
            return result.Exception is SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException
                ? DirectLineTokenCheck.Expired()
                : DirectLineTokenCheck.Invalid();
        }

        var claims = result.ClaimsIdentity;
        var conversation = claims.FindFirst(ConversationClaim)?.Value;
        var user = claims.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? claims.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (conversation is null || user is null || !Enum.TryParse<DirectLinePersona>(claims.FindFirst(PersonaClaim)?.Value, out var persona))
        {
            return DirectLineTokenCheck.Invalid();
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(claims.FindFirst(JwtRegisteredClaimNames.Exp)!.Value, System.Globalization.CultureInfo.InvariantCulture));
        return DirectLineTokenCheck.Valid(new DirectLineToken(conversation, user, claims.FindFirst(UserNameClaim)?.Value, persona, expires));
    }

    private static string? ReadBearer(string? authorization) =>
        authorization?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var scheme, var value] &&
        string.Equals(scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;
}
