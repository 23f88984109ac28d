using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// Signs the JWT the Bot Connector puts on every activity it delivers: RS256, issuer <c>https://api.botframework.com</c>,
/// audience the bot's app id, a <c>serviceurl</c> claim. With a reuse window a signed token serves every activity to
/// the same serviceUrl until the window passes; with none, each activity is signed anew.
/// </summary>
internal sealed class ChannelTokenIssuer(ChannelSigningKey key, string appId, TimeProvider time, TimeSpan reuseFor)
{
    public const string Issuer = "https://api.botframework.com";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset SignedAt)> _reused = new(StringComparer.Ordinal);
    private long _signed;

    /// <summary>An hour, as the Bot Connector's tokens, and always well beyond the reuse window.</summary>
    private TimeSpan Lifetime => reuseFor + TimeSpan.FromMinutes(30) > TimeSpan.FromHours(1) ? reuseFor + TimeSpan.FromMinutes(30) : TimeSpan.FromHours(1);

    /// <summary>How many tokens were signed (not how many were handed out).</summary>
    public long Signed => Interlocked.Read(ref _signed);

    public string TokenFor(string serviceUrl)
    {
        var now = time.GetUtcNow();
        if (reuseFor <= TimeSpan.Zero)
        {
            return Sign(serviceUrl, now);
        }

        if (_reused.TryGetValue(serviceUrl, out var held) && now - held.SignedAt < reuseFor)
        {
            return held.Token;
        }

        var token = Sign(serviceUrl, now);
        _reused[serviceUrl] = (token, now);
        return token;
    }

    private string Sign(string serviceUrl, DateTimeOffset now)
    {
        Interlocked.Increment(ref _signed);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
