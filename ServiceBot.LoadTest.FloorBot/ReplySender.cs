using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Identity.Client;

namespace ServiceBot.LoadTest.FloorBot;

/// <summary>
/// Posts the one reply of a turn to the activity's serviceUrl, with the app token MSAL holds in its cache
/// (client credentials from the configured authority host). The reply carries a small card with one button, so
/// a script that taps "the first button of the last card" runs against the floor as against any bot.
/// </summary>
public sealed class ReplySender : IDisposable
{
    private const string Scope = "https://api.botframework.com/.default";
    private static readonly JsonElement Card = JsonDocument.Parse(
        """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"✓","wrap":true}],"actions":[{"type":"Action.Submit","title":"OK","data":{"verb":"floor.ok"}}]}""").RootElement.Clone();

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    private readonly IConfidentialClientApplication _msal;

    public ReplySender(FloorBotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _msal = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithAuthority($"{settings.AuthorityHost.TrimEnd('/')}/{settings.TenantId}")
            .WithInstanceDiscovery(false)
            .WithClientSecret(settings.AppPassword)
            .Build();
    }

    /// <summary>Gets the app token into MSAL's cache before the first turn needs it (the HTTPS handshake included).</summary>
    public Task PrefetchTokenAsync(CancellationToken cancellationToken) =>
        _msal.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);

    public async Task<bool> ReplyAsync(FloorActivity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var reply = new FloorReply(
            "message", activity.Recipient!, activity.From!, activity.Conversation, activity.Id, "✓",
            [new FloorAttachment("application/vnd.microsoft.card.adaptive", Card)]);
        var path = activity.Id is null
            ? $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
            : $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id)}";
        var serviceUrl = activity.ServiceUrl!.EndsWith('/') ? activity.ServiceUrl : activity.ServiceUrl + "/";
        var token = await _msal.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serviceUrl), path))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, FloorJson.Default.FloorReply)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public void Dispose() => _http.Dispose();
}
