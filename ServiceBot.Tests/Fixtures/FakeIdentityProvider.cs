using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
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

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// An Entra ID tenant on loopback HTTPS for people's sign-in: v1 and v2 OpenID metadata and keys for the tenant, an
/// authorize endpoint that signs in <see cref="NextUser"/> and answers with a form post (as Entra does), and a token
/// endpoint that checks the code, the client secret, the redirect URI and the PKCE verifier before issuing a signed id
/// token. It also mints the access tokens a Teams tab gets from <c>getAuthToken()</c>, v1 or v2.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientSecret = "test-secret";
    public const string TeamsDesktopClientId = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

    private static readonly string[] ResponseTypes = ["code", "id_token", "code id_token"];
    private static readonly string[] ResponseModes = ["query", "fragment", "form_post"];
    private static readonly string[] SubjectTypes = ["pairwise"];
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] Scopes = ["openid", "profile", "email", "offline_access"];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private FakeIdentityProvider(WebApplication app, X509Certificate2 certificate, string tenantId, string clientId)
    {
        _app = app;
        Certificate = certificate;
        TenantId = tenantId;
        ClientId = clientId;
    }

    public X509Certificate2 Certificate { get; }

    public TestKey SigningKey { get; } = new("people-key-1");

    public string TenantId { get; }

    public string ClientId { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string IssuerV2 => $"{BaseUrl}/{TenantId}/v2.0";

    public string IssuerV1 => $"https://sts.windows.net/{TenantId}/";

    /// <summary>The only redirect URI the authorize and token endpoints accept (set once the app's address is known).</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Who the authorize endpoint signs in next.</summary>
    public SignedInUser NextUser { get; set; } = new(Guid.NewGuid().ToString("D"), "Lucía Pérez");

    /// <summary>When set, id tokens are signed with this key instead (a forgery: it is not published).</summary>
    public TestKey? ForgeryKey { get; set; }

    /// <summary>When set, id tokens name this tenant instead of the provider's own.</summary>
    public string? IdTokenTenantOverride { get; set; }

    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FakeIdentityProvider> StartAsync(string tenantId, string clientId)
    {
        var certificate = FakeTokenEndpoint.CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app, certificate, tenantId, clientId);
        provider.MapRoutes();
        await app.StartAsync();
        provider.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return provider;
    }

    /// <summary>A handler that trusts exactly this provider's certificate (and any others given).</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == Certificate.GetCertHashString() },
    };

    /// <summary>
    /// An access token for this app as <c>getAuthToken()</c> returns it: v1 (issuer sts.windows.net, <c>appid</c>) or
    /// v2 (issuer …/v2.0, <c>azp</c>), delegated (<c>scp</c>), naming the person by <c>oid</c> and <c>tid</c>.
    /// </summary>
    public string TeamsToken(
        string version,
        string audience,
        string objectId,
        string name = "Sofía Ramos",
        IReadOnlyList<string>? roles = null,
        string? scope = "access_as_user",
        string? tenantId = null,
        string? issuer = null,
        TestKey? key = null,
        TimeSpan? lifetime = null,
        DateTimeOffset? issuedAt = null,
        string? preferredUsername = null)
    {
        var tenant = tenantId ?? TenantId;
        var claims = new Dictionary<string, object>
        {
            ["ver"] = version,
            ["oid"] = objectId,
            ["tid"] = tenant,
            ["name"] = name,
        };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }

        if (version == "2.0")
        {
            claims["azp"] = TeamsDesktopClientId;
            claims["preferred_username"] = preferredUsername ?? "sofia.ramos@contoso.example";
        }
        else
        {
            claims["appid"] = TeamsDesktopClientId;
            claims["unique_name"] = preferredUsername ?? "sofia.ramos@contoso.example";
        }

        if (roles is { Count: > 0 })
        {
            claims["roles"] = roles.ToArray();
        }

        var defaultIssuer = version == "2.0" ? $"{BaseUrl}/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/";
        return Sign(key ?? SigningKey, issuer ?? defaultIssuer, audience, claims, lifetime, issuedAt);
    }

    private string IdToken(SignedInUser user, string nonce)
    {
        var tenant = IdTokenTenantOverride ?? TenantId;
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["oid"] = user.ObjectId,
            ["tid"] = tenant,
            ["sub"] = "pairwise-" + user.ObjectId,
            ["name"] = user.Name,
            ["preferred_username"] = user.PreferredUsername,
            ["nonce"] = nonce,
        };
        if (user.Roles.Count > 0)
        {
            claims["roles"] = user.Roles.ToArray();
        }

        return Sign(ForgeryKey ?? SigningKey, $"{BaseUrl}/{tenant}/v2.0", ClientId, claims, null, null);
    }

    private static string Sign(TestKey key, string issuer, string audience, Dictionary<string, object> claims, TimeSpan? lifetime, DateTimeOffset? issuedAt)
    {
        var now = issuedAt ?? TimeProvider.System.GetUtcNow();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromMinutes(75))).UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private void MapRoutes()
    {
        _app.Use((context, next) =>
        {
            _requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            return next(context);
        });
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new
        {
            issuer = $"{BaseUrl}/{tenant}/v2.0",
            authorization_endpoint = $"{BaseUrl}/{tenant}/oauth2/v2.0/authorize",
            token_endpoint = $"{BaseUrl}/{tenant}/oauth2/v2.0/token",
            end_session_endpoint = $"{BaseUrl}/{tenant}/oauth2/v2.0/logout",
            jwks_uri = $"{BaseUrl}/{tenant}/discovery/v2.0/keys",
            response_types_supported = ResponseTypes,
            response_modes_supported = ResponseModes,
            subject_types_supported = SubjectTypes,
            id_token_signing_alg_values_supported = SigningAlgorithms,
            scopes_supported = Scopes,
        }));
        _app.MapGet("/{tenant}/.well-known/openid-configuration", (string tenant) => Results.Json(new
        {
            issuer = $"https://sts.windows.net/{tenant}/",
            authorization_endpoint = $"{BaseUrl}/{tenant}/oauth2/authorize",
            token_endpoint = $"{BaseUrl}/{tenant}/oauth2/token",
            jwks_uri = $"{BaseUrl}/common/discovery/keys",
            response_types_supported = ResponseTypes,
            id_token_signing_alg_values_supported = SigningAlgorithms,
        }));
        _app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { SigningKey.ToJwk() } }));
        _app.MapGet("/common/discovery/keys", () => Results.Json(new { keys = new[] { SigningKey.ToJwk() } }));
        _app.MapGet("/{tenant}/oauth2/v2.0/authorize", Authorize);
        _app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)TokenAsync);
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["redirect_uri"] != RedirectUri || query["response_type"] != "code" ||
            query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) ||
            string.IsNullOrEmpty(query["nonce"]) || string.IsNullOrEmpty(query["state"]))
        {
            return Results.BadRequest($"authorize request refused: {context.Request.QueryString}");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new PendingCode(NextUser, query["nonce"]!, query["code_challenge"]!, RedirectUri!);
        var fields = new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"]!, ["session_state"] = "test" };
        if (query["response_mode"] == "form_post")
        {
            var html = new StringBuilder("<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
                .Append(HtmlEncoder.Default.Encode(RedirectUri!)).Append("\">");
            foreach (var (name, value) in fields)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value)).Append("\"/>");
            }

            return Results.Content(html.Append("</form></body></html>").ToString(), "text/html");
        }

        return Results.Redirect($"{RedirectUri}?{string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"))}");
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var verifierHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["redirect_uri"] != pending.RedirectUri ||
            verifierHash != pending.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        return Results.Json(new
        {
            token_type = "Bearer",
            expires_in = 3600,
            id_token = IdToken(pending.User, pending.Nonce),
            access_token = TeamsToken("2.0", ClientId, pending.User.ObjectId, pending.User.Name),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
        SigningKey.Dispose();
    }

    private sealed record PendingCode(SignedInUser User, string Nonce, string CodeChallenge, string RedirectUri);
}

/// <summary>A person the <see cref="FakeIdentityProvider"/> signs in.</summary>
public sealed record SignedInUser(string ObjectId, string Name, IReadOnlyList<string> Roles, string PreferredUsername = "persona@contoso.example")
{
    public SignedInUser(string objectId, string name)
        : this(objectId, name, [])
    {
    }
}
