using System.Security.Claims;
using ServiceBot.BotFramework.Connector;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The outcome of checking a request's bearer token. <see cref="FailureReason"/> is for the server log only:
/// the channel gets a bare 401 (or 503 when no signing keys could be read yet).
/// </summary>
public sealed record AuthenticationResult(ClaimsIdentity? Identity, string? FailureReason, bool IsAnonymous = false)
{
    public bool Succeeded => Identity is not null;

    public AuthenticationFailureKind FailureKind { get; init; }

    /// <summary>The token named the activity's serviceUrl (its <c>serviceurl</c> claim matched), or was the bot's own Emulator token.</summary>
    public bool ServiceUrlVerified { get; init; }

    /// <summary>How far the activity's serviceUrl may be trusted with the bot's token, now and when its reference is stored.</summary>
    public ServiceUrlProvenance Provenance =>
        IsAnonymous ? ServiceUrlProvenance.LocalMode
        : ServiceUrlVerified ? ServiceUrlProvenance.VerifiedChannel
        : ServiceUrlProvenance.UnverifiedChannel;

    public static AuthenticationResult Success(ClaimsIdentity identity, bool serviceUrlVerified) =>
        new(identity, null) { ServiceUrlVerified = serviceUrlVerified };

    public static AuthenticationResult Anonymous() => new(new ClaimsIdentity(), null, IsAnonymous: true);

    public static AuthenticationResult Fail(string reason) => new(null, reason) { FailureKind = AuthenticationFailureKind.Rejected };

    public static AuthenticationResult Malformed(string reason) => new(null, reason) { FailureKind = AuthenticationFailureKind.MalformedToken };

    public static AuthenticationResult Unavailable(string reason) => new(null, reason) { FailureKind = AuthenticationFailureKind.KeysUnavailable };
}
