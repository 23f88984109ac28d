using Microsoft.Extensions.Configuration;

namespace ServiceBot.TeamsApp;

/// <summary>
/// Takes each placeholder value from its command-line argument, else from configuration, and validates it.
/// Every problem is reported at once, each naming the argument and the configuration key that supply it.
/// </summary>
public static class ManifestValuesResolver
{
    public const string AppIdKey = "TeamsApp:AppId";
    public const string DomainKey = "TeamsApp:Domain";
    public const string BotIdKey = "MicrosoftAppId";

    public static ManifestValues? Resolve(
        string? appIdArgument, string? botIdArgument, string? domainArgument,
        IConfiguration configuration, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(errors);

        var appId = ResolveGuid(appIdArgument ?? configuration[AppIdKey], "--app-id", AppIdKey,
            "the Teams app id (keep the same one for every version of the package)", errors);
        var botId = ResolveGuid(botIdArgument ?? configuration[BotIdKey], "--bot-id", BotIdKey,
            "the Azure Bot's Microsoft App ID", errors);
        var domain = ResolveDomain(domainArgument ?? configuration[DomainKey], errors);

        return appId is { } app && botId is { } bot && domain is not null ? new ManifestValues(app, bot, domain) : null;
    }

    private static Guid? ResolveGuid(string? value, string argument, string key, string meaning, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"Missing {meaning}: pass {argument} <guid> or set {key}.");
            return null;
        }

        if (!Guid.TryParseExact(value.Trim(), "D", out var guid) || guid == Guid.Empty)
        {
            errors.Add($"{argument} / {key} must be a GUID such as 00000000-0000-0000-0000-000000000000 "
                + $"(not all zeros); got '{value}'.");
            return null;
        }

        return guid;
    }

    private static string? ResolveDomain(string? value, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"Missing the bot's public host name: pass --domain <host> or set {DomainKey}.");
            return null;
        }

        var host = value.Trim().ToLowerInvariant();
        if (Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal)
            || host.StartsWith('.') || host.EndsWith('.'))
        {
            errors.Add($"--domain / {DomainKey} must be a host name such as servicebot.contoso.com, "
                + $"without https://, port or path; got '{value}'.");
            return null;
        }

        return host;
    }
}
