using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ServiceBot.BotFramework.Connector;
using ServiceBot.Feedback;

namespace ServiceBot.Hosting;

/// <summary>
/// The start's warm-up of the Connector's HTTP transport: the turn path's rehearsal (<see cref="Turns.TurnPathWarmUp"/>)
/// ends its replies in process, so the first real reply would otherwise build the Connector client's handler chain
/// and run the socket handler's request path for the first time. Here one
/// JSON POST, shaped as a reply is, goes through that same named client to this process's own
/// <see cref="ServiceBotHostingExtensions.HealthPath"/> on loopback, which answers without reading it. No token is
/// attached and nothing reaches a channel.
/// </summary>
public sealed class ConnectorTransportWarmUp(IHttpClientFactory httpClients, IServer server)
{
    /// <summary>Posts once to this process's health endpoint; false when it listens on no http address to post to.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        if (OwnAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses) is not { } address)
        {
            return false;
        }

        var client = httpClients.CreateClient(ConnectorClientFactory.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, ServiceBotHostingExtensions.HealthPath))
        {
            Content = new ReadOnlyMemoryContent("""{"type":"message","text":"warm-up"}"""u8.ToArray())
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        using var response = await client.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return true;
    }

    /// <summary>The first http(s) address listened on, a wildcard host written as 127.0.0.1.</summary>
    internal static Uri? OwnAddress(IEnumerable<string>? addresses) =>
        ListeningAddress.FirstHttp(addresses, wildcardHostAs: "127.0.0.1") is { } uri ? new Uri(uri.GetLeftPart(UriPartial.Authority)) : null;
}
