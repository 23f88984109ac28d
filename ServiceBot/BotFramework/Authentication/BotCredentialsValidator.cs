using Microsoft.Extensions.Options;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Refuses to start with incomplete credentials, naming every missing setting. Without an app id the bot runs
/// unauthenticated, which is allowed only in the Development environment while listening on loopback addresses.
/// </summary>
public sealed class BotCredentialsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsAuthenticationDisabled)
        {
            return ValidateLocalMode();
        }

        var missing = new List<string>();
        var problems = new List<string>();
        Require(options.MicrosoftAppTenantId, "MicrosoftAppTenantId", options.MicrosoftAppType is MicrosoftAppType.SingleTenant or MicrosoftAppType.UserAssignedMSI);
        Require(options.MicrosoftAppPassword, "MicrosoftAppPassword", options.MicrosoftAppType is MicrosoftAppType.SingleTenant or MicrosoftAppType.MultiTenant);
        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            problems.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret)");
        }

        if (missing.Count > 0)
        {
            problems.Insert(0, $"MicrosoftAppType {options.MicrosoftAppType} needs {string.Join(", ", missing)} (set as environment variables or user-secrets)");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

        void Require(string? value, string key, bool needed)
        {
            if (needed && string.IsNullOrWhiteSpace(value))
            {
                missing.Add(key);
            }
        }
    }

    private ValidateOptionsResult ValidateLocalMode()
    {
        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"MicrosoftAppId is not set, and the environment is {environment.EnvironmentName}. Outside Development ServiceBot needs " +
                "MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
        }

        var exposed = ListeningAddresses.NonLoopback(configuration).ToArray();
        return exposed.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"MicrosoftAppId is not set, so ServiceBot would accept unauthenticated requests, but it is configured to listen on {string.Join(", ", exposed)}. " +
                "Without credentials it listens only on loopback (e.g. http://localhost:3978). Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, or bind to localhost.");
    }
}
