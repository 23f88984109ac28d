namespace ServiceBot.People;

/// <summary>
/// One edit of the roster. A list of them is applied in one transaction (<see cref="IRosterStore.ApplyAsync"/>).
/// Changes that name a <see cref="Person"/> also record their display name and Teams user id when given.
/// </summary>
public abstract record RosterChange
{
    private RosterChange()
    {
    }

    /// <summary>Creates the team, or renames it.</summary>
    public sealed record SaveTeam(string TeamId, string Name) : RosterChange;

    /// <summary>Removes an empty team; refused while it has agents or supervisors.</summary>
    public sealed record RemoveTeam(string TeamId) : RosterChange;

    /// <summary>Makes the person an agent of the team (an agent is in one team: this moves them).</summary>
    public sealed record AssignAgent(Person Agent, string TeamId) : RosterChange;

    /// <summary>The person is no longer an agent (no team).</summary>
    public sealed record RemoveAgent(PersonKey Agent) : RosterChange;

    public sealed record AddSupervisor(Person Supervisor, string TeamId) : RosterChange;

    public sealed record RemoveSupervisor(PersonKey Supervisor, string TeamId) : RosterChange;

    public sealed record AddAdmin(Person Admin) : RosterChange;

    public sealed record RemoveAdmin(PersonKey Admin) : RosterChange;

    /// <summary>Where the person works ("Ventanilla 3"), shown on a supervisor's call card; null or blank clears it.</summary>
    public sealed record SetPlace(Person Person, string? Place) : RosterChange;
}
