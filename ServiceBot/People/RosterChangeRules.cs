namespace ServiceBot.People;

/// <summary>Checks a change's own values (ids, names) before any storage is touched.</summary>
public static class RosterChangeRules
{
    public const int MaxDisplayNameLength = 256;
    public const int MaxTeamsUserIdLength = 256;
    public const int MaxPlaceLength = 80;

    /// <exception cref="RosterChangeException">The change names an invalid team id or name, or an oversized person detail.</exception>
    public static void Check(RosterChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change)
        {
            case RosterChange.SaveTeam save:
                TeamId(save.TeamId);
                if (!Team.IsValidName(save.Name))
                {
                    throw new RosterChangeException($"A team's name must be 1 to {Team.MaxNameLength} characters (team '{save.TeamId}').");
                }

                break;
            case RosterChange.RemoveTeam remove:
                TeamId(remove.TeamId);
                break;
            case RosterChange.AssignAgent assign:
                TeamId(assign.TeamId);
                Person(assign.Agent);
                break;
            case RosterChange.AddSupervisor add:
                TeamId(add.TeamId);
                Person(add.Supervisor);
                break;
            case RosterChange.RemoveSupervisor remove:
                TeamId(remove.TeamId);
                break;
            case RosterChange.AddAdmin add:
                Person(add.Admin);
                break;
            case RosterChange.SetPlace place:
                Person(place.Person);
                if (place.Place?.Trim() is { Length: > MaxPlaceLength })
                {
                    throw new RosterChangeException($"A place has at most {MaxPlaceLength} characters.");
                }

                // It is shown on one line of a supervisor's card: no line breaks or other control characters.
                if (place.Place?.Any(char.IsControl) == true)
                {
                    throw new RosterChangeException("A place is one line of text, without line breaks or control characters.");
                }

                break;
        }
    }

    private static void TeamId(string? teamId)
    {
        if (!Team.IsValidId(teamId))
        {
            throw new RosterChangeException(
                $"'{teamId}' is not a team id: use 1 to {Team.MaxIdLength} lower-case letters, digits, '-', '_' or '.', such as mostrador-centro.");
        }
    }

    private static void Person(Person? person)
    {
        if (person is null)
        {
            throw new RosterChangeException("A roster change names no person.");
        }

        if (person.Key.ObjectId == Guid.Empty)
        {
            throw new RosterChangeException("A person's Entra object id must not be all zeros.");
        }

        if (person.DisplayName?.Length > MaxDisplayNameLength || person.TeamsUserId?.Length > MaxTeamsUserIdLength)
        {
            throw new RosterChangeException($"The name or Teams user id of {person.Key} is too long.");
        }
    }
}
