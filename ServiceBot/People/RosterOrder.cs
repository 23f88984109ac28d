namespace ServiceBot.People;

/// <summary>
/// The one order in which roster lists are shown, computed in code so that both database engines (whose collations
/// differ) give the same answer: teams and people by name, then by id.
/// </summary>
public static class RosterOrder
{
    private static readonly StringComparer Names = StringComparer.InvariantCultureIgnoreCase;

    public static IReadOnlyList<Team> Teams(IEnumerable<Team> teams) =>
        [.. teams.OrderBy(team => team.Name, Names).ThenBy(team => team.Id, StringComparer.Ordinal)];

    public static IReadOnlyList<Person> People(IEnumerable<Person> people) =>
        [.. people.OrderBy(person => person.DisplayName ?? string.Empty, Names).ThenBy(person => person.Key.ToString(), StringComparer.Ordinal)];

    public static IReadOnlyList<Person> ByKey(IEnumerable<Person> people) =>
        [.. people.OrderBy(person => person.Key.ObjectIdText, StringComparer.Ordinal).ThenBy(person => person.Key.TenantIdText, StringComparer.Ordinal)];

    public static IReadOnlyList<TeamMembership> Memberships(IEnumerable<TeamMembership> memberships) =>
        [.. memberships.OrderBy(m => m.TeamId, StringComparer.Ordinal).ThenBy(m => m.Person.ToString(), StringComparer.Ordinal)];
}
