using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// A real HTTP server on loopback playing the Bot Framework channel: it publishes OpenID metadata and signing keys
/// (with endorsements) for the Bot Connector, for the Emulator and for Entra ID tenants, and records every Connector
/// API call the bot makes, answering 200 with an id unless a scripted answer is queued. The Bot Connector's metadata
/// can be made to fail or to hang until released, to probe the bot's key cache.
/// </summary>
public sealed class FakeChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly Lock _gate = new();
    private int _nextActivityId;
    private int _channelKeyFetches;
    private int _channelMetadataRequests;
    private TaskCompletionSource? _heldMetadata;
    private TaskCompletionSource? _heldConnector;

    private FakeChannelServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public List<TestKey> ChannelKeys { get; } = [];

    public List<TestKey> EmulatorKeys { get; } = [];

    public int ChannelKeyFetches => _channelKeyFetches;

    /// <summary>Requests for the Bot Connector's metadata document, counted on arrival (held ones included).</summary>
    public int ChannelMetadataRequests => _channelMetadataRequests;

    /// <summary>While true, the Bot Connector's metadata document answers 500.</summary>
    public bool ChannelMetadataFails { get; set; }

    /// <summary>Signing keys per Entra ID tenant, published at <see cref="EntraMetadataUrlTemplate"/>.</summary>
    public ConcurrentDictionary<string, List<TestKey>> EntraKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public string ChannelMetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => $"{BaseUrl}/emulator/v2.0/.well-known/openid-configuration";

    public string EntraMetadataUrlTemplate => $"{BaseUrl}/entra/{{tenantId}}/v2.0/.well-known/openid-configuration";

    /// <summary>From now on, Connector calls are recorded and then wait (without an answer) until <see cref="ReleaseConnectorCalls"/>; later ones are answered at once.</summary>
    public void HoldConnectorCalls()
    {
        lock (_gate)
        {
            _heldConnector ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets held Connector calls be answered, and stops holding new ones.</summary>
    public void ReleaseConnectorCalls()
    {
        TaskCompletionSource? held;
        lock (_gate)
        {
            held = _heldConnector;
            _heldConnector = null;
        }

        held?.TrySetResult();
    }

    /// <summary>From now on, requests for the Bot Connector's metadata wait (without an answer) until <see cref="ReleaseChannelMetadata"/>.</summary>
    public void HoldChannelMetadata()
    {
        lock (_gate)
        {
            _heldMetadata ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets held metadata requests (and later ones) be answered.</summary>
    public void ReleaseChannelMetadata()
    {
        TaskCompletionSource? held;
        lock (_gate)
        {
            held = _heldMetadata;
            _heldMetadata = null;
        }

        held?.TrySetResult();
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> requests for the Bot Connector's metadata arrived.</summary>
    public async Task<bool> WaitForChannelMetadataRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(10));
        while (_channelMetadataRequests < count && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(10);
        }

        return _channelMetadataRequests >= count;
    }

    public string ServiceUrl(string prefix = "amer") => $"{BaseUrl}/{prefix}/";

    /// <summary>Forgets the Connector calls recorded so far.</summary>
    public void ClearCalls() => _calls.Clear();

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public static async Task<FakeChannelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeChannelServer(app);
        server.MapRoutes();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    private void MapRoutes()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", (Delegate)ChannelMetadataAsync);
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _channelKeyFetches);
            return Results.Json(new { keys = ChannelKeys.ToArray().Select(k => k.ToJwk()) });
        });
        _app.MapGet("/emulator/v2.0/.well-known/openid-configuration", () => Results.Json(new { issuer = "https://login.microsoftonline.com/{tenantid}/v2.0", jwks_uri = $"{BaseUrl}/emulator/keys" }));
        _app.MapGet("/emulator/keys", () => Results.Json(new { keys = EmulatorKeys.ToArray().Select(k => k.ToJwk()) }));
        _app.MapGet("/entra/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Results.Json(new { issuer = $"https://login.microsoftonline.com/{tenant}/v2.0", jwks_uri = $"{BaseUrl}/entra/{tenant}/keys" }));
        _app.MapGet("/entra/{tenant}/keys", (string tenant) =>
            Results.Json(new { keys = (EntraKeys.TryGetValue(tenant, out var keys) ? keys.ToArray() : []).Select(k => k.ToJwk()) }));
        _app.Map("/{**path}", (Delegate)RecordAsync);
    }

    private async Task<IResult> ChannelMetadataAsync(HttpContext http)
    {
        Interlocked.Increment(ref _channelMetadataRequests);
        Task? held;
        lock (_gate)
        {
            held = _heldMetadata?.Task;
        }

        if (held is not null)
        {
            try
            {
                await held.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.StatusCode(499);
            }
        }

        return ChannelMetadataFails
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"{BaseUrl}/v1/.well-known/keys" });
    }

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString();
        var scripted = _script.TryDequeue(out var next) ? next : null;
        var id = scripted is null && http.Request.Method != HttpMethods.Delete ? $"activity-{Interlocked.Increment(ref _nextActivityId)}" : null;
        _calls.Enqueue(new ConnectorCall(http.Request.Method, rawTarget, http.Request.Headers.Authorization.FirstOrDefault(), body, id));
        Task? held;
        lock (_gate)
        {
            held = _heldConnector?.Task;
        }

        if (held is not null)
        {
            try
            {
                await held.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.StatusCode(499);
            }
        }

        if (scripted is not null)
        {
            if (scripted.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (scripted.Location is { } location)
            {
                http.Response.Headers.Location = location;
            }

            return Results.Text(scripted.Body ?? string.Empty, "application/json", statusCode: scripted.StatusCode);
        }

        return id is null ? Results.Ok() : Results.Json(new { id });
    }

    /// <summary>Waits until at least <paramref name="count"/> Connector calls arrived (bounded), and returns them.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(20);
        }

        return Calls;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseChannelMetadata();
        ReleaseConnectorCalls();
        await _app.DisposeAsync();
        foreach (var key in ChannelKeys.Concat(EmulatorKeys).Concat(EntraKeys.Values.SelectMany(k => k)))
        {
            key.Dispose();
        }
    }

    public static JsonElement ParseJson(string json) => JsonDocument.Parse(json).RootElement;
}
