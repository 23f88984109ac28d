namespace ServiceBot.People;

/// <summary>
/// The whole roster as read at one moment, with the <see cref="ETag"/> that a change must carry
/// (<see cref="IRosterStore.ApplyAsync"/>) so that two admins cannot silently overwrite each other.
/// </summary>
public sealed record Roster(
    IReadOnlyList<Person> People,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<TeamMembership> Agents,
    IReadOnlyList<TeamMembership> Supervisors,
    IReadOnlyList<PersonKey> Admins,
    string ETag,
    IReadOnlyDictionary<PersonKey, string>? Places = null)
{
    public Person? FindPerson(PersonKey key) => People.FirstOrDefault(p => p.Key == key);

    /// <summary>Where the person works ("Ventanilla 3"), when the roster knows.</summary>
    public string? PlaceOf(PersonKey key) => Places?.GetValueOrDefault(key);

    public Team? FindTeam(string teamId) => Teams.FirstOrDefault(t => t.Id == teamId);
}
