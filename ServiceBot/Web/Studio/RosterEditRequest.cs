using ServiceBot.People;

namespace ServiceBot.Web.Studio;

/// <summary>One roster edit as the studio sends it; <see cref="ToChange"/> turns it into a <see cref="RosterChange"/>.</summary>
public sealed record RosterEdit(
    string? Kind, string? TeamId, string? Name, string? TenantId, string? ObjectId, string? DisplayName, string? TeamsUserId, string? Place = null)
{
    /// <summary>The change, or null with the reason when the edit is incomplete or malformed.</summary>
    public (RosterChange? Change, string? Problem) ToChange(PersonKey editor)
    {
        if (Kind is "saveTeam" or "removeTeam")
        {
            if (string.IsNullOrWhiteSpace(TeamId))
            {
                return (null, "a team id is needed");
            }

            return Kind == "saveTeam"
                ? (string.IsNullOrWhiteSpace(Name) ? (null, "a team name is needed") : (new RosterChange.SaveTeam(TeamId.Trim(), Name.Trim()), null))
                : (new RosterChange.RemoveTeam(TeamId.Trim()), null);
        }

        if (PersonKey.From(string.IsNullOrWhiteSpace(TenantId) ? editor.TenantIdText : TenantId.Trim(), ObjectId?.Trim()) is not { } key)
        {
            return (null, "an Entra object id (a GUID) is needed for the person");
        }

        var person = new Person(key, string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim(), string.IsNullOrWhiteSpace(TeamsUserId) ? null : TeamsUserId.Trim());
        var team = TeamId?.Trim() ?? string.Empty;
        return Kind switch
        {
            "assignAgent" when team.Length > 0 => (new RosterChange.AssignAgent(person, team), null),
            "addSupervisor" when team.Length > 0 => (new RosterChange.AddSupervisor(person, team), null),
            "removeSupervisor" when team.Length > 0 => (new RosterChange.RemoveSupervisor(key, team), null),
            "assignAgent" or "addSupervisor" or "removeSupervisor" => (null, "a team id is needed"),
            "removeAgent" => (new RosterChange.RemoveAgent(key), null),
            "addAdmin" => (new RosterChange.AddAdmin(person), null),
            "removeAdmin" => (new RosterChange.RemoveAdmin(key), null),
            "setPlace" => (new RosterChange.SetPlace(person, Place), null),
            _ => (null, $"unknown kind '{Kind}'"),
        };
    }
}

public sealed record RosterEditRequest(string? ETag, IReadOnlyList<RosterEdit>? Changes);
