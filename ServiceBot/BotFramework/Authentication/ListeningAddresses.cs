using System.Net;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>Reads the addresses Kestrel is configured to listen on (urls, HTTP_PORTS, Kestrel endpoints) and picks out the non-loopback ones.</summary>
public static class ListeningAddresses
{
    public static IEnumerable<string> NonLoopback(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        foreach (var url in urls)
        {
            if (!IsLoopback(url))
            {
                yield return url;
            }
        }

        // HTTP_PORTS / HTTPS_PORTS bind every interface, and apply only when no urls are configured.
        if (string.IsNullOrWhiteSpace(configuration["urls"]))
        {
            foreach (var key in new[] { "http_ports", "https_ports" })
            {
                if (!string.IsNullOrWhiteSpace(configuration[key]))
                {
                    yield return $"{key.ToUpperInvariant()}={configuration[key]}";
                }
            }
        }
    }

    private static bool IsLoopback(string url)
    {
        var host = url.Split("://", 2) is [_, var rest] ? rest : url;
        host = host.Split('/', 2)[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
