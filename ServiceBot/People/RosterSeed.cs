namespace ServiceBot.People;

/// <summary>
/// What configuration adds to the roster: every team, agent, supervisor and admin it names that the roster lacks.
/// Additive only, so an admin's edits in the studio survive a restart; a team's configured name is used when the team
/// is created, and an agent the studio moved to another team stays there.
/// </summary>
public static class RosterSeed
{
    public const string Author = "configuration";

    public static IReadOnlyList<RosterChange> MissingChanges(
        Roster current, RosterOptions options, IReadOnlyList<string> proactiveSupervisors, Guid tenant)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(proactiveSupervisors);
        var changes = new List<RosterChange>();
        var teams = current.Teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var supervisors = current.Supervisors.ToHashSet();
        var agents = current.Agents.Select(a => a.Person).ToHashSet();
        var admins = current.Admins.ToHashSet();

        void Team(string id, string name)
        {
            if (teams.Add(id))
            {
                changes.Add(new RosterChange.SaveTeam(id, name));
            }
        }

        void Supervisor(string teamId, string objectId)
        {
            var key = Key(objectId);
            if (supervisors.Add(new TeamMembership(teamId, key)))
            {
                changes.Add(new RosterChange.AddSupervisor(new Person(key), teamId));
            }
        }

        PersonKey Key(string objectId) => new(tenant, Guid.Parse(objectId));

        foreach (var team in options.Teams)
        {
            Team(team.Id!, team.Name!);
            foreach (var supervisor in team.Supervisors)
            {
                Supervisor(team.Id!, supervisor);
            }

            foreach (var agent in team.Agents.Select(Key))
            {
                if (agents.Add(agent))
                {
                    changes.Add(new RosterChange.AssignAgent(new Person(agent), team.Id!));
                }
            }
        }

        if (proactiveSupervisors.Count > 0)
        {
            Team(RosterDefaults.DefaultTeamId, options.DefaultTeamName);
            foreach (var supervisor in proactiveSupervisors)
            {
                Supervisor(RosterDefaults.DefaultTeamId, supervisor);
            }
        }

        foreach (var admin in options.Admins.Select(Key))
        {
            if (admins.Add(admin))
            {
                changes.Add(new RosterChange.AddAdmin(new Person(admin)));
            }
        }

        return changes;
    }
}
