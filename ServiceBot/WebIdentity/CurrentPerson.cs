using System.Security.Claims;
using ServiceBot.People;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The person a request is made by, with their roles and teams as the app roles and the roster say now. Take it as a
/// handler parameter on a protected endpoint (<c>(CurrentPerson me) =&gt; …</c>), or call
/// <see cref="From(ClaimsPrincipal)"/> on <c>HttpContext.User</c>.
/// </summary>
public sealed record CurrentPerson(
    PersonKey Key,
    string DisplayName,
    IReadOnlySet<string> Roles,
    IReadOnlyList<string> SupervisedTeamIds,
    string? AgentTeamId,
    string SignInMethod)
{
    public bool IsLocal => SignInMethod == SignInMethods.Local;

    public bool IsAdmin => Roles.Contains(ServiceBotRoles.Admin);

    public bool IsSupervisor => Roles.Contains(ServiceBotRoles.Supervisor);

    public bool IsAgent => Roles.Contains(ServiceBotRoles.Agent);

    /// <summary>Admins (and the local person) see every team; a supervisor sees the teams the roster gives them.</summary>
    public bool SeesAllTeams => IsAdmin;

    public bool CanSeeTeam(string teamId) => SeesAllTeams || SupervisedTeamIds.Contains(teamId, StringComparer.Ordinal);

    /// <summary>The person of a request that passed authentication (and role resolution); null for an anonymous one.</summary>
    public static CurrentPerson? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || PersonPrincipal.KeyOf(user) is not { } key)
        {
            return null;
        }

        return new CurrentPerson(
            key,
            user.FindFirst(WebClaimTypes.Name)?.Value ?? key.ObjectIdText,
            user.FindAll(WebClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            [.. user.FindAll(WebClaimTypes.SupervisedTeam).Select(c => c.Value).Distinct(StringComparer.Ordinal)],
            user.FindFirst(WebClaimTypes.AgentTeam)?.Value,
            user.FindFirst(WebClaimTypes.SignInMethod)?.Value ?? string.Empty);
    }

    /// <summary>Minimal API parameter binding: a protected endpoint's handler may declare a <see cref="CurrentPerson"/>.</summary>
    public static ValueTask<CurrentPerson?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(From(context.User));
    }
}
