using Microsoft.AspNetCore.Authorization;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The authorization policies for people's pages, named once. Protect a route group with one call:
/// <c>group.RequireAuthorization(ServiceBotPolicies.Supervisor)</c>. Each role includes the ones below it:
/// an admin passes every policy, a supervisor passes Supervisor and Agent.
/// </summary>
public static class ServiceBotPolicies
{
    /// <summary>Admins only (the studio, the roster).</summary>
    public const string Admin = "ServiceBot.Admin";

    /// <summary>Supervisors and admins (results of teams).</summary>
    public const string Supervisor = "ServiceBot.Supervisor";

    /// <summary>Anyone in the roster: agents, supervisors, admins (an agent's own results).</summary>
    public const string Agent = "ServiceBot.Agent";

    /// <summary>Anyone signed in, whatever the roster says (diagnostics such as <c>/me</c>).</summary>
    public const string SignedIn = "ServiceBot.SignedIn";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, policy => policy.RequireRole(ServiceBotRoles.Admin));
        options.AddPolicy(Supervisor, policy => policy.RequireRole(ServiceBotRoles.Admin, ServiceBotRoles.Supervisor));
        options.AddPolicy(Agent, policy => policy.RequireRole(ServiceBotRoles.Admin, ServiceBotRoles.Supervisor, ServiceBotRoles.Agent));
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
    }
}
