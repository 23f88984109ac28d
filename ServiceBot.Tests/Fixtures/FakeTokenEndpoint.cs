using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// An Entra ID stand-in on loopback HTTPS (MSAL insists on https) with a throwaway self-signed certificate:
/// answers the client-credentials grant with a signed token and records each request's path and form.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> _requests = new();

    private FakeTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public TestKey SigningKey { get; } = new("entra-key");

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Form)> Requests => [.. _requests];

    /// <summary>When set, token requests are answered 307 Temporary Redirect to this path (which would answer with a token).</summary>
    public string? RedirectTokenRequestsTo { get; set; }

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var endpoint = new FakeTokenEndpoint(app, certificate);
        app.Map("/{**path}", (Delegate)endpoint.HandleAsync);
        await app.StartAsync();
        endpoint.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return endpoint;
    }

    /// <summary>A handler that trusts exactly this endpoint's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == Certificate.GetCertHashString() },
    };

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        var form = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        _requests.Enqueue((http.Request.Path, form));
        if (!http.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        if (RedirectTokenRequestsTo is { } target && http.Request.Path != target)
        {
            http.Response.Headers.Location = $"{BaseUrl}{target}";
            return Results.StatusCode(StatusCodes.Status307TemporaryRedirect);
        }

        var token = TokenFactory.AppToken(SigningKey, form.GetValueOrDefault("client_id") ?? "unknown");
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = token });
    }

    /// <summary>A throwaway self-signed certificate for 127.0.0.1, valid for an hour.</summary>
    internal static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
        SigningKey.Dispose();
    }
}
