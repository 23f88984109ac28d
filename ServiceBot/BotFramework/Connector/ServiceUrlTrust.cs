using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Decides where the bot's token may go: to a serviceUrl that arrived in an authenticated activity whose
/// <c>serviceurl</c> claim matched, or to an https URL whose host is exactly on the configured allow-list.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotFrameworkOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _verified = new(StringComparer.OrdinalIgnoreCase);

    public void MarkVerified(string serviceUrl) => _verified.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl)
    {
        if (_verified.ContainsKey(Normalize(serviceUrl)))
        {
            return true;
        }

        return Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) &&
            uri.Scheme == Uri.UriSchemeHttps &&
            options.Value.AllowedServiceUrlHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
