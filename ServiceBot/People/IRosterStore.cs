using ServiceBot.Storage;

namespace ServiceBot.People;

/// <summary>
/// The roster: people (by Entra tenant + object id), teams, which team each agent serves in, the supervisors of each
/// team, and the admins. Reads are cheap enough to run on every request of a signed-in person.
/// </summary>
public interface IRosterStore
{
    /// <summary>Everything, read at one moment, with the ETag to send back with a change.</summary>
    Task<Roster> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>What the roster says about one person (admin, agent of which team, supervisor of which teams).</summary>
    Task<RosterStanding> GetStandingAsync(PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Who is called when this agent asks for help or gets a low score: the supervisors of the agent's team; when the
    /// agent is unknown, in no team, or their team has no supervisor, those of the default team
    /// (<see cref="RosterDefaults.DefaultTeamId"/>). Ordered by object id.
    /// </summary>
    Task<IReadOnlyList<Person>> GetSupervisorsOfAgentAsync(PersonKey? agent, CancellationToken cancellationToken = default);

    /// <summary>The team the person serves in as an agent, or null.</summary>
    Task<Team?> GetTeamOfAgentAsync(PersonKey agent, CancellationToken cancellationToken = default);

    /// <summary>The teams the person supervises, ordered by name.</summary>
    Task<IReadOnlyList<Team>> GetTeamsSupervisedByAsync(PersonKey supervisor, CancellationToken cancellationToken = default);

    /// <summary>Where the person works ("Ventanilla 3"), or null when the roster does not say.</summary>
    Task<string?> GetPlaceAsync(PersonKey person, CancellationToken cancellationToken = default);

    Task<bool> IsAdminAsync(PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person supervises a team and serves in none as an agent (<see cref="RosterStanding.IsSupervisor"/> and not
    /// <see cref="RosterStanding.IsAgent"/>), in one read: asked on every typed message.
    /// </summary>
    Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the changes in order, all or nothing, and returns the roster's new ETag. A change that is already true
    /// (adding an admin twice) changes nothing but is not an error.
    /// </summary>
    /// <param name="expectedETag">The ETag of the roster the changes were made on; <see cref="ETags.Any"/> only for seeding from configuration.</param>
    /// <param name="author">Who made the change (an object id, or "configuration"), kept with the roster's version.</param>
    /// <exception cref="StoreConflictException">The roster changed since <paramref name="expectedETag"/> was read.</exception>
    /// <exception cref="RosterChangeException">A change is invalid; nothing was applied.</exception>
    Task<string> ApplyAsync(IReadOnlyList<RosterChange> changes, string expectedETag, string? author, CancellationToken cancellationToken = default);
}
