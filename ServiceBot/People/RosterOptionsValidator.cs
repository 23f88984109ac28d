using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Proactive;

namespace ServiceBot.People;

/// <summary>
/// Checks the <c>Roster</c> section at start; every message names the configuration key. The credentials and the
/// <c>Proactive</c> section are read from configuration, not from their options, so that their own validators alone
/// report their mistakes.
/// </summary>
internal sealed class RosterOptionsValidator(IConfiguration configuration) : IValidateOptions<RosterOptions>
{
    private const string Section = RosterOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RosterOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add($"{Section}:TenantId must be the Entra tenant id, a GUID (it is '{options.TenantId}').");
        }

        if (!Team.IsValidName(options.DefaultTeamName))
        {
            failures.Add($"{Section}:DefaultTeamName must be 1 to {Team.MaxNameLength} characters.");
        }

        var teamIds = new HashSet<string>(StringComparer.Ordinal);
        var agents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Teams.Count; i++)
        {
            var team = options.Teams[i];
            var key = $"{Section}:Teams:{i}";
            if (!Team.IsValidId(team.Id))
            {
                failures.Add($"{key}:Id must be 1 to {Team.MaxIdLength} lower-case letters, digits, '-', '_' or '.', such as mostrador-centro (it is '{team.Id}').");
            }
            else if (team.Id == RosterDefaults.DefaultTeamId || !teamIds.Add(team.Id))
            {
                failures.Add($"{key}:Id '{team.Id}' is used twice (or is the default team's id, '{RosterDefaults.DefaultTeamId}').");
            }

            if (!Team.IsValidName(team.Name))
            {
                failures.Add($"{key}:Name must be 1 to {Team.MaxNameLength} characters.");
            }

            ObjectIds(team.Supervisors, $"{key}:Supervisors", failures);
            ObjectIds(team.Agents, $"{key}:Agents", failures);
            for (var j = 0; j < team.Agents.Count; j++)
            {
                if (agents.TryGetValue(team.Agents[j], out var other) && other != key)
                {
                    failures.Add($"{key}:Agents:{j} is also an agent of {other}: an agent is in one team.");
                }

                agents[team.Agents[j]] = key;
            }
        }

        ObjectIds(options.Admins, $"{Section}:Admins", failures);

        var anyone = options.Admins.Count > 0 || options.Teams.Count > 0 ||
            configuration.GetSection($"{ProactiveOptions.SectionName}:{nameof(ProactiveOptions.Supervisors)}").GetChildren().Any();
        if (anyone && RosterSeedTenant.Resolve(options, Credentials()) is null)
        {
            failures.Add($"{Section}:TenantId (or MicrosoftAppTenantId) is needed: the roster names people by tenant and object id.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private BotCredentialsOptions Credentials()
    {
        try
        {
            return configuration.Get<BotCredentialsOptions>() ?? new BotCredentialsOptions();
        }
        catch (InvalidOperationException)
        {
            return new BotCredentialsOptions { MicrosoftAppId = "invalid" }; // BotCredentialsValidator reports it.
        }
    }

    private static void ObjectIds(IReadOnlyList<string> values, string key, List<string> failures)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!Guid.TryParse(values[i], out var id) || id == Guid.Empty)
            {
                failures.Add($"{key}:{i} must be an Entra object id, a GUID such as 6b0c6c1e-52f4-4c4b-9d6e-0a1b2c3d4e5f (it is '{values[i]}').");
            }
        }
    }
}
