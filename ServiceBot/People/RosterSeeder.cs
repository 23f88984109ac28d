using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.People;

/// <summary>
/// At start, adds to the roster whatever configuration names and the roster lacks (<see cref="RosterSeed"/>). Several
/// instances starting together each compute what is missing; the roster's ETag lets one win and the others recompute.
/// </summary>
public sealed class RosterSeeder(
    IRosterStore roster,
    IOptions<RosterOptions> options,
    IOptions<ProactiveOptions> proactive,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<RosterSeeder> logger) : IHostedService
{
    internal const int MaxAttempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (RosterSeedTenant.Resolve(options.Value, credentials.Value) is not { } tenant)
        {
            return; // Nothing configured to seed (the validator refuses entries without a tenant).
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await roster.GetAsync(cancellationToken);
            var changes = RosterSeed.MissingChanges(current, options.Value, proactive.Value.Supervisors, tenant)
                .Concat(await MissingPlacesAsync(tenant, cancellationToken)).ToList();
            if (changes.Count == 0)
            {
                PeopleLog.AlreadySeeded(logger);
                return;
            }

            try
            {
                await roster.ApplyAsync(changes, current.ETag, RosterSeed.Author, cancellationToken);
                PeopleLog.Seeded(logger, changes.Count);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                PeopleLog.SeedConflict(logger);
            }
        }
    }

    /// <summary>The configured places the roster does not have yet (a place set later, e.g. in the studio, stands).</summary>
    private async Task<IReadOnlyList<RosterChange>> MissingPlacesAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var changes = new List<RosterChange>();
        foreach (var (objectId, place) in options.Value.Places)
        {
            if (Guid.TryParse(objectId, out var id) && !string.IsNullOrWhiteSpace(place))
            {
                var person = new PersonKey(tenant, id);
                if (await roster.GetPlaceAsync(person, cancellationToken) is null)
                {
                    changes.Add(new RosterChange.SetPlace(new Person(person), place));
                }
            }
        }

        return changes;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
