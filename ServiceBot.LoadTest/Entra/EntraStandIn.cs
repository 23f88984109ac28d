using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.LoadTest.Channel;

namespace ServiceBot.LoadTest.Entra;

/// <summary>
/// Entra ID's token endpoint on loopback HTTPS: <c>POST /{tenant}/oauth2/v2.0/token</c> answers the client-credentials
/// grant of the bot's app id and secret with a signed token for the Bot Connector, which the channel then accepts.
/// </summary>
internal sealed class EntraStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte> _issued = new(StringComparer.Ordinal);
    private readonly ChannelSigningKey _key = new("loadbench-entra-key");
    private readonly string _appId;
    private readonly string _secret;
    private readonly TimeProvider _time;
    private long _requests;

    private EntraStandIn(WebApplication app, string appId, string secret, TimeProvider time)
    {
        _app = app;
        _appId = appId;
        _secret = secret;
        _time = time;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Token requests answered (an app that caches its token asks once per process).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public bool IsIssued(string token) => _issued.ContainsKey(token);

    public static async Task<EntraStandIn> StartAsync(LoopbackCertificate certificate, string appId, string secret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate.Certificate)));
        var app = builder.Build();
        var entra = new EntraStandIn(app, appId, secret, time);
        app.Run(entra.HandleAsync);
        await app.StartAsync();
        entra.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return entra;
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.Path.Value?.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) != true ||
            !http.Request.HasFormContentType)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _requests);
        var form = await http.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != _appId || form["client_secret"] != _secret)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "Unknown app id or wrong secret." });
            return;
        }

        var token = Sign();
        _issued.TryAdd(token, 0);
        await http.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = token });
    }

    private string Sign()
    {
        var now = _time.GetUtcNow();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://login.microsoftonline.com/loadbench-tenant/v2.0",
            Audience = "https://api.botframework.com",
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["appid"] = _appId, ["jti"] = Guid.NewGuid().ToString("N") },
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(_key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
