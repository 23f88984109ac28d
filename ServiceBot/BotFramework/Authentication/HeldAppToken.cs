namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The app token MSAL last gave, handed out again without asking MSAL until it is due for renewal: MSAL's own cache
/// lookup costs more CPU per Connector call than the call's JSON. Due at MSAL's suggested refresh time when it gives
/// one, and in any case <see cref="RenewBefore"/> before the token expires; a forced refresh always asks MSAL.
/// </summary>
public sealed class HeldAppToken(TimeProvider time)
{
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private volatile Held? held;

    /// <summary>The held token, or null when there is none or it is due for renewal.</summary>
    public string? Current => held is { } h && time.GetUtcNow() < h.RenewAt ? h.Token : null;

    /// <summary>Holds a token MSAL gave and returns it.</summary>
    public string Keep(string token, DateTimeOffset expiresOn, DateTimeOffset? refreshOn)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var renewAt = expiresOn - RenewBefore;
        held = new Held(token, refreshOn is { } refresh && refresh < renewAt ? refresh : renewAt);
        return token;
    }

    private sealed record Held(string Token, DateTimeOffset RenewAt);
}
