using Microsoft.Extensions.Options;

namespace ServiceBot.WebIdentity;

/// <summary>Checks the <c>WebSignIn</c> section at start; every message names the configuration key.</summary>
internal sealed class WebSignInOptionsValidator : IValidateOptions<WebSignInOptions>
{
    private const string Section = WebSignInOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, WebSignInOptions options)
    {
        var failures = new List<string>();
        Guid(options.ClientId, "ClientId", "the app registration's Application (client) ID");
        Guid(options.TenantId, "TenantId", "the Entra tenant id");
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps ||
            instance.AbsolutePath.Trim('/').Length > 0)
        {
            failures.Add($"{Section}:Instance must be an https address without a path, such as https://login.microsoftonline.com (it is '{options.Instance}').");
        }

        if (!string.IsNullOrWhiteSpace(options.Domain) &&
            (Uri.CheckHostName(options.Domain.Trim()) != UriHostNameType.Dns || !options.Domain.Contains('.', StringComparison.Ordinal)))
        {
            failures.Add($"{Section}:Domain must be a host name such as servicebot.contoso.com, without https:// or a path (it is '{options.Domain}').");
        }

        if (string.IsNullOrWhiteSpace(options.Scope) || options.Scope.Trim().Contains(' ', StringComparison.Ordinal))
        {
            failures.Add($"{Section}:Scope must be one scope name, such as access_as_user.");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(5) || options.SessionLifetime > TimeSpan.FromDays(30))
        {
            failures.Add($"{Section}:SessionLifetime must be between 00:05:00 and 30.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Guid(string? value, string key, string what)
        {
            if (!string.IsNullOrWhiteSpace(value) && !System.Guid.TryParse(value, out _))
            {
                failures.Add($"{Section}:{key} must be {what}, a GUID (it is '{value}').");
            }
        }
    }
}
