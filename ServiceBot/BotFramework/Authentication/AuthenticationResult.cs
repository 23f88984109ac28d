using System.Security.Claims;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The outcome of checking a request's bearer token. <see cref="FailureReason"/> is for the server log only:
/// the channel gets a bare 401.
/// </summary>
public sealed record AuthenticationResult(ClaimsIdentity? Identity, string? FailureReason, bool IsAnonymous = false)
{
    public bool Succeeded => Identity is not null;

    public static AuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    public static AuthenticationResult Anonymous() => new(new ClaimsIdentity(), null, IsAnonymous: true);

    public static AuthenticationResult Fail(string reason) => new(null, reason);
}
