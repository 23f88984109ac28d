using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The signing keys published at one OpenID metadata address, with the Bot Framework's per-key
/// <c>endorsements</c> (the channel ids a key may sign for), read from the same key document.
/// </summary>
public sealed record SigningKeySet(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements,
    DateTimeOffset RetrievedAt)
{
    public bool HasKey(string? kid) => kid is not null && Keys.Any(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));

    public bool IsEndorsedFor(string? kid, string channelId) =>
        kid is not null && Endorsements.TryGetValue(kid, out var channels) && channels.Contains(channelId);
}
