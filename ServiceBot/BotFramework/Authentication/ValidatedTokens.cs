using System.Collections.Concurrent;
using System.Security.Claims;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime passed, kept by their exact text: a channel sends the same
/// token with every activity for as long as it lives (up to an hour), and checking its RSA signature again each time was
/// several percent of a turn. A kept token counts only while the key set it was checked against is still the one in use
/// (a refresh that drops its key drops it too) and until it expires (with the same clock skew the check allows). The
/// checks that depend on the activity (the key's endorsement for its channel, the serviceUrl) run on every activity.
/// </summary>
public sealed class ValidatedTokens
{
    // Channels reuse a handful of tokens at a time; the bound only stops a flood of distinct valid tokens from growing it.
    private const int MaxKept = 256;

    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>A copy of the identity <paramref name="encodedToken"/> was validated to under exactly these <paramref name="keys"/> and <paramref name="appId"/>, while it is still valid.</summary>
    public bool TryGet(string encodedToken, SigningKeySet keys, string appId, out ClaimsIdentity identity)
    {
        if (_kept.TryGetValue(encodedToken, out var kept) && ReferenceEquals(kept.Keys, keys) &&
            string.Equals(kept.AppId, appId, StringComparison.Ordinal) && Now() < kept.Until)
        {
            identity = kept.Identity.Clone();
            return true;
        }

        identity = null!;
        return false;
    }

    /// <summary>Keeps a token that passed validation; <paramref name="validTo"/> is its <c>exp</c> (UTC).</summary>
    public void Keep(string encodedToken, SigningKeySet keys, string appId, DateTime validTo, ClaimsIdentity identity)
    {
        if (_kept.Count >= MaxKept)
        {
            var now = Now();
            foreach (var (token, kept) in _kept)
            {
                if (kept.Until <= now)
                {
                    _kept.TryRemove(token, out _);
                }
            }

            if (_kept.Count >= MaxKept)
            {
                _kept.Clear();
            }
        }

        _kept[encodedToken] = new Kept(keys, appId, new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc)) + AuthenticationConstants.ClockSkew, identity.Clone());
    }

    // The token handler checks lifetimes against the system clock, so the kept tokens expire by it too.
    private static DateTimeOffset Now() => TimeProvider.System.GetUtcNow();

    private sealed record Kept(SigningKeySet Keys, string AppId, DateTimeOffset Until, ClaimsIdentity Identity);
}
