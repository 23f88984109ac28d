using Microsoft.Extensions.Options;

namespace ServiceBot.Proactive;

/// <summary>Checks <see cref="ProactiveOptions"/> at startup; every message names the configuration key.</summary>
internal sealed class ProactiveOptionsValidator : IValidateOptions<ProactiveOptions>
{
    private const string Section = ProactiveOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ProactiveOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Supervisors.Count; i++)
        {
            if (!Guid.TryParse(options.Supervisors[i], out _))
            {
                failures.Add($"{Section}:Supervisors:{i} must be an Entra object id, a GUID such as " +
                    $"6b0c6c1e-52f4-4c4b-9d6e-0a1b2c3d4e5f (it is '{options.Supervisors[i]}').");
            }
        }

        if (options.PollInterval < ProactiveOptions.MinPollInterval || options.PollInterval > ProactiveOptions.MaxPollInterval)
        {
            failures.Add($"{Section}:PollInterval must be between {ProactiveOptions.MinPollInterval} and {ProactiveOptions.MaxPollInterval}.");
        }

        if (options.ClaimTimeout < ProactiveOptions.MinClaimTimeout)
        {
            failures.Add($"{Section}:ClaimTimeout must be at least {ProactiveOptions.MinClaimTimeout}.");
        }

        if (options.BatchSize is < 1 or > ProactiveOptions.MaxBatchSize)
        {
            failures.Add($"{Section}:BatchSize must be between 1 and {ProactiveOptions.MaxBatchSize}.");
        }

        if (options.MaxAttempts is < 1 or > ProactiveOptions.MaxMaxAttempts)
        {
            failures.Add($"{Section}:MaxAttempts must be between 1 and {ProactiveOptions.MaxMaxAttempts}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
