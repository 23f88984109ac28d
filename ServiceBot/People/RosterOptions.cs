namespace ServiceBot.People;

/// <summary>
/// The <c>Roster</c> section: teams, their agents and supervisors, and the admins, by Entra object id. Added to the
/// roster at every start when missing (nothing is ever removed or moved by it), together with the
/// <c>Proactive:Supervisors</c>, who become supervisors of the default team.
/// </summary>
public sealed class RosterOptions
{
    public const string SectionName = "Roster";

    /// <summary>The Entra tenant of the object ids below; empty means <c>MicrosoftAppTenantId</c>.</summary>
    public string? TenantId { get; init; }

    /// <summary>The name the default team gets when it is created (its id is <see cref="RosterDefaults.DefaultTeamId"/>).</summary>
    public string DefaultTeamName { get; init; } = RosterDefaults.DefaultTeamName;

    public IReadOnlyList<RosterTeamOptions> Teams { get; init; } = [];

    /// <summary>Object ids of the admins (who edit content and the roster).</summary>
    public IReadOnlyList<string> Admins { get; init; } = [];

    /// <summary>Where people work, by object id ("Ventanilla 3"): set when the roster has no place for them yet.</summary>
    public IReadOnlyDictionary<string, string> Places { get; init; } = new Dictionary<string, string>();
}

/// <summary>One team of the <c>Roster:Teams</c> list.</summary>
public sealed class RosterTeamOptions
{
    /// <summary>A short stable id: lower-case letters, digits, '-', '_', '.' (<c>mostrador-centro</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The name people read; used when the team is created.</summary>
    public string? Name { get; init; }

    /// <summary>Object ids of the team's agents (an agent is in one team).</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Object ids of the team's supervisors.</summary>
    public IReadOnlyList<string> Supervisors { get; init; } = [];
}
