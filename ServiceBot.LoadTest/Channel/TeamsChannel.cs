using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// The Bot Connector on loopback HTTP: it publishes its OpenID metadata and signing key (endorsed for msteams), and
/// answers the Connector API — send, reply, update, delete, create conversation, get member — recording each call
/// in the <see cref="ConnectorLedger"/> of the run. Calls must carry an app token the Entra stand-in issued.
/// </summary>
internal sealed class TeamsChannel : IAsyncDisposable
{
    public const string ChannelId = "msteams";
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private readonly WebApplication _app;
    private readonly Func<string, bool> _isIssuedAppToken;
    private long _nextActivityId = 1_700_000_000_000;
    private long _keyFetches;

    private TeamsChannel(WebApplication app, Func<string, bool> isIssuedAppToken)
    {
        _app = app;
        _isIssuedAppToken = isIssuedAppToken;
    }

    public ChannelSigningKey SigningKey { get; } = new("loadbench-channel-key", ChannelId);

    /// <summary>Where this run's Connector calls are recorded; replaced between bots.</summary>
    public ConnectorLedger Ledger { get; set; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + MetadataPath;

    /// <summary>The serviceUrl activities name, with a Teams-like region prefix.</summary>
    public string ServiceUrl => BaseUrl + "/amer/";

    public long KeyFetches => Interlocked.Read(ref _keyFetches);

    /// <param name="isIssuedAppToken">Whether a bearer token is one the Entra stand-in handed out.</param>
    public static async Task<TeamsChannel> StartAsync(Func<string, bool> isIssuedAppToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new TeamsChannel(app, isIssuedAppToken);
        app.Run(channel.HandleAsync);
        await app.StartAsync();
        channel.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return channel;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        // Other metadata a bot may read (Emulator, Entra ID) is served from here too, with the same key.
        if (HttpMethods.IsGet(http.Request.Method) && (path == MetadataPath || path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal)))
        {
            await http.Response.WriteAsJsonAsync(new
            {
                issuer = ChannelTokenIssuer.Issuer,
                jwks_uri = BaseUrl + KeysPath,
                id_token_signing_alg_values_supported = SigningAlgorithms,
            });
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && path == KeysPath)
        {
            Interlocked.Increment(ref _keyFetches);
            await http.Response.WriteAsJsonAsync(new { keys = new[] { SigningKey.ToJwk() } });
            return;
        }

        await AnswerConnectorAsync(http);
    }

    private async Task AnswerConnectorAsync(HttpContext http)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? string.Empty;
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var call = ConnectorPath.Parse(http.Request.Method, query < 0 ? rawTarget : rawTarget[..query]);
        var body = await ReadBodyAsync(http.Request);
        var authorization = http.Request.Headers.Authorization.ToString();
        if (call is null)
        {
            Ledger.Refuse();
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_isIssuedAppToken(authorization["Bearer ".Length..]))
        {
            Ledger.Refuse();
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "Unauthorized", message = "No app token from the Entra stand-in." } });
            return;
        }

        var activityId = call.Kind switch
        {
            ConnectorCallKind.Send or ConnectorCallKind.Reply => Interlocked.Increment(ref _nextActivityId).ToString(CultureInfo.InvariantCulture),
            ConnectorCallKind.Update => call.ActivityId,
            _ => null,
        };
        Ledger.Record(call, activityId, body);
        switch (call.Kind)
        {
            case ConnectorCallKind.Send or ConnectorCallKind.Reply or ConnectorCallKind.Update:
                await http.Response.WriteAsJsonAsync(new { id = activityId });
                break;
            case ConnectorCallKind.CreateConversation:
                var created = "a:loadbench-created-" + Interlocked.Increment(ref _nextActivityId).ToString(CultureInfo.InvariantCulture);
                await http.Response.WriteAsJsonAsync(new { id = created, serviceUrl = ServiceUrl });
                break;
            case ConnectorCallKind.GetMember:
                await http.Response.WriteAsJsonAsync(new { id = "29:loadbench-member", name = "Load bench member" });
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status200OK;
                break;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength.Value : 0);
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }
}
