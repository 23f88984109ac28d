using ServiceBot.Feedback.Results;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Dashboard;

/// <summary>
/// What a person may see on the dashboard and in its CSV: admins every team, supervisors their teams (one of them when
/// they pick it), agents only themselves. A team outside one's own is never added, whatever the query string says.
/// </summary>
public sealed record ResultsScope(IReadOnlyList<string>? TeamIds, string? AgentObjectId, IReadOnlyList<string> SelectableTeamIds, string? SelectedTeamId)
{
    public static ResultsScope For(CurrentPerson me, IReadOnlyList<string> allTeamIds, string? requestedTeam)
    {
        ArgumentNullException.ThrowIfNull(me);
        if (me.SeesAllTeams)
        {
            var selected = requestedTeam is not null && allTeamIds.Contains(requestedTeam, StringComparer.Ordinal) ? requestedTeam : null;
            return new ResultsScope(selected is null ? null : [selected], null, allTeamIds, selected);
        }

        if (me.IsSupervisor && me.SupervisedTeamIds.Count > 0)
        {
            var selected = requestedTeam is not null && me.CanSeeTeam(requestedTeam) ? requestedTeam : null;
            return new ResultsScope(selected is null ? me.SupervisedTeamIds : [selected], null, me.SupervisedTeamIds, selected);
        }

        return new ResultsScope(null, me.Key.ObjectIdText, [], null);
    }

    public ResultsQuery Query(DateTimeOffset from, DateTimeOffset to) => new(from, to) { TeamIds = TeamIds, AgentObjectId = AgentObjectId };
}
