using System.Security.Claims;
using ServiceBot.People;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Builds the principal a session holds: who (tenant + object id), the name to show, the app roles the token carried
/// and how the person signed in. Nothing else from the token is kept.
/// </summary>
public static class PersonPrincipal
{
    public const string AuthenticationType = "ServiceBot";

    /// <summary>The key of the local person (local mode), who holds every role.</summary>
    public static readonly PersonKey LocalKey = new(Guid.Empty, Guid.Empty);

    public static ClaimsPrincipal SignedIn(PersonKey person, string? displayName, IEnumerable<string> appRoles, string method)
    {
        ArgumentNullException.ThrowIfNull(appRoles);
        var claims = new List<Claim>
        {
            new(WebClaimTypes.ObjectId, person.ObjectIdText),
            new(WebClaimTypes.TenantId, person.TenantIdText),
            new(WebClaimTypes.SignInMethod, method),
        };
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            claims.Add(new Claim(WebClaimTypes.Name, displayName.Trim()));
        }

        claims.AddRange(appRoles
            .Where(role => role.StartsWith("ServiceBot.", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(role => new Claim(WebClaimTypes.AppRole, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, WebClaimTypes.Name, WebClaimTypes.Role));
    }

    /// <summary>A principal from a validated token's claims (id token or Teams access token); null without a GUID oid and tid.</summary>
    public static ClaimsPrincipal? FromToken(IEnumerable<Claim> tokenClaims, string method)
    {
        var claims = tokenClaims.ToList();
        string? First(string type) => claims.FirstOrDefault(c => c.Type == type)?.Value;
        if (!PersonKey.TryCreate(First(WebClaimTypes.TenantId), First(WebClaimTypes.ObjectId), out var key))
        {
            return null;
        }

        // The name is only shown; preferred_username and upn are mutable and never identify anyone.
        var name = First(WebClaimTypes.Name) ?? First("preferred_username") ?? First("upn") ?? First("unique_name");
        return SignedIn(key, name, claims.Where(c => c.Type == WebClaimTypes.AppRole).Select(c => c.Value), method);
    }

    public static ClaimsPrincipal Local(string displayName) => SignedIn(LocalKey, displayName, [], SignInMethods.Local);

    public static PersonKey? KeyOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(WebClaimTypes.ObjectId)?.Value is { } oid && user.FindFirst(WebClaimTypes.TenantId)?.Value is { } tid &&
            Guid.TryParse(tid, out var tenant) && Guid.TryParse(oid, out var obj)
            ? new PersonKey(tenant, obj)
            : null;
    }

    public static bool IsLocal(ClaimsPrincipal user) =>
        user?.FindFirst(WebClaimTypes.SignInMethod)?.Value == SignInMethods.Local;
}
