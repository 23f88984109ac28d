using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using ServiceBot.People;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Adds a person's roles and teams to each authenticated request: Admin and Supervisor from the app roles the token
/// carried (trusted only from the sign-in tenant), and Admin, Supervisor, Agent with their teams from the roster, read
/// now so a roster change applies on the next request. The added identity is never stored in the cookie; one that
/// arrives in a principal is dropped and worked out again.
/// </summary>
internal sealed class RosterClaimsTransformation(IRosterStore roster, WebSignInSettings settings, IHttpContextAccessor accessor)
    : IClaimsTransformation
{
    internal const string RolesAuthenticationType = "ServiceBot.Roles";
    private static readonly object CacheKey = new();

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        var http = accessor.HttpContext;
        if (http?.Items[CacheKey] is Transformed cached && ReferenceEquals(cached.Source, principal))
        {
            return cached.Result;
        }

        var result = new ClaimsPrincipal(principal.Identities.Where(i => i.AuthenticationType != RolesAuthenticationType));
        result.AddIdentity(new ClaimsIdentity(await ResolveAsync(result, http?.RequestAborted ?? default), RolesAuthenticationType, WebClaimTypes.Name, WebClaimTypes.Role));
        if (http is not null)
        {
            http.Items[CacheKey] = new Transformed(principal, result);
        }

        return result;
    }

    private async Task<List<Claim>> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (PersonPrincipal.IsLocal(principal))
        {
            return settings.IsLocal ? [.. ServiceBotRoles.All.Select(Role)] : [];
        }

        if (PersonPrincipal.KeyOf(principal) is not { } key)
        {
            return [];
        }

        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (string.Equals(key.TenantIdText, settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            var appRoles = principal.FindAll(WebClaimTypes.AppRole).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            if (appRoles.Contains(ServiceBotRoles.AppRoleAdmin))
            {
                roles.Add(ServiceBotRoles.Admin);
            }

            if (appRoles.Contains(ServiceBotRoles.AppRoleSupervisor))
            {
                roles.Add(ServiceBotRoles.Supervisor);
            }
        }

        var standing = await roster.GetStandingAsync(key, cancellationToken);
        var claims = new List<Claim>();
        if (standing.IsAdmin)
        {
            roles.Add(ServiceBotRoles.Admin);
        }

        if (standing.IsSupervisor)
        {
            roles.Add(ServiceBotRoles.Supervisor);
            claims.AddRange(standing.SupervisedTeams.Select(team => new Claim(WebClaimTypes.SupervisedTeam, team.Id)));
        }

        if (standing.AgentTeam is { } team)
        {
            roles.Add(ServiceBotRoles.Agent);
            claims.Add(new Claim(WebClaimTypes.AgentTeam, team.Id));
        }

        claims.AddRange(roles.Order(StringComparer.Ordinal).Select(Role));
        return claims;
    }

    private static Claim Role(string role) => new(WebClaimTypes.Role, role);

    private sealed record Transformed(ClaimsPrincipal Source, ClaimsPrincipal Result);
}
