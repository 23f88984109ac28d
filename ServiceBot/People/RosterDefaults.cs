namespace ServiceBot.People;

/// <summary>The team that always exists for supervisors named in <c>Proactive:Supervisors</c>, and for agents in no team.</summary>
public static class RosterDefaults
{
    /// <summary>The default team's id. Its supervisors are called for agents in no team, or whose team has no supervisor.</summary>
    public const string DefaultTeamId = "general";

    public const string DefaultTeamName = "General";

    /// <summary>The tenant of roster entries configured by object id alone when no tenant is configured (local mode only).</summary>
    public static readonly Guid LocalTenant = Guid.Empty;
}
