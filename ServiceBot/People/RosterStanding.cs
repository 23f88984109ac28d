namespace ServiceBot.People;

/// <summary>What the roster says about one person: admin or not, the team they serve in as an agent, the teams they supervise.</summary>
public sealed record RosterStanding(PersonKey Person, bool IsAdmin, Team? AgentTeam, IReadOnlyList<Team> SupervisedTeams)
{
    public bool IsAgent => AgentTeam is not null;

    public bool IsSupervisor => SupervisedTeams.Count > 0;

    public static RosterStanding Nobody(PersonKey person) => new(person, false, null, []);
}
