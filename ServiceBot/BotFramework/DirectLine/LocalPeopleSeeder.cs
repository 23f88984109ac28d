using Microsoft.Extensions.Options;
using ServiceBot.People;
using ServiceBot.Storage;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// In local mode only, puts the local chat page's agent and supervisor in the default team and its admin among the
/// admins (<see cref="LocalPeople"/>), so that an agent's call for help reaches the supervisor's tab, the agent's survey
/// answers count for that team in the results, and the studio opens for the admin. Additive, like the configuration's seed; nothing happens with credentials.
/// </summary>
public sealed class LocalPeopleSeeder(LocalOnly localOnly, IRosterStore roster, IOptions<RosterOptions> options, ILogger<LocalPeopleSeeder> logger) : IHostedService
{
    private const int MaxAttempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!localOnly.IsLocalMode)
        {
            return;
        }

        var local = new RosterOptions
        {
            DefaultTeamName = options.Value.DefaultTeamName,
            Teams = [new RosterTeamOptions { Id = RosterDefaults.DefaultTeamId, Name = options.Value.DefaultTeamName, Agents = [LocalPeople.Agent.ToString("D")] }],
            Admins = [LocalPeople.Admin.ToString("D")],
        };
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await roster.GetAsync(cancellationToken);
            var changes = RosterSeed.MissingChanges(current, local, [LocalPeople.Supervisor.ToString("D")], RosterDefaults.LocalTenant);
            if (changes.Count == 0)
            {
                return;
            }

            try
            {
                await roster.ApplyAsync(changes, current.ETag, "local chat page", cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                DirectLineLog.Refused(logger, "the roster changed while the local people were added; trying again");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
