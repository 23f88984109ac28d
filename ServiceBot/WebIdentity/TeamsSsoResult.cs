using System.Security.Claims;

namespace ServiceBot.WebIdentity;

/// <summary>The outcome of checking a Teams single sign-on token: the person's principal, or why it was refused.</summary>
public sealed record TeamsSsoResult(ClaimsPrincipal? Principal, string? Failure, bool KeysUnavailable = false)
{
    public bool Succeeded => Principal is not null;

    public static TeamsSsoResult Success(ClaimsPrincipal principal) => new(principal, null);

    public static TeamsSsoResult Fail(string reason) => new(null, reason);
}
