using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Checks the token a Teams tab gets from <c>authentication.getAuthToken()</c>: an Entra access token for this app,
/// v1 (issuer <c>https://sts.windows.net/{tid}/</c>) or v2 (<c>…/{tid}/v2.0</c>) depending on the registration, each
/// checked against its own metadata of the sign-in tenant (issuer and signing keys); the audience must be the client
/// id or one of its Application ID URIs; the token must be delegated (a <c>scp</c> with the exposed scope), for the
/// sign-in tenant, and name the person by GUID <c>oid</c>. A token for another tenant is refused before any key is fetched.
/// </summary>
public sealed class TeamsSsoTokenValidator
{
    public const string HttpClientName = "ServiceBot.WebSignIn";

    private readonly WebSignInSettings settings;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> v1;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> v2;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public TeamsSsoTokenValidator(WebSignInSettings settings, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        this.settings = settings;
        v1 = new(() => CreateManager(settings.V1MetadataAddress, httpClientFactory));
        v2 = new(() => CreateManager(settings.V2MetadataAddress, httpClientFactory));
    }

    public async Task<TeamsSsoResult> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (!settings.CanSignIn)
        {
            return TeamsSsoResult.Fail(settings.UnavailableReason ?? "Sign-in is not configured.");
        }

        if (string.IsNullOrWhiteSpace(token) || !handler.CanReadToken(token))
        {
            return TeamsSsoResult.Fail("The token is not a JWT.");
        }

        var unvalidated = handler.ReadJsonWebToken(token);
        if (!unvalidated.TryGetPayloadValue<string>(WebClaimTypes.TenantId, out var tenant) ||
            !string.Equals(tenant, settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return TeamsSsoResult.Fail("The token is not for this app's tenant.");
        }

        unvalidated.TryGetPayloadValue<string>("ver", out var version);
        var manager = version switch
        {
            "1.0" => v1.Value,
            "2.0" => v2.Value,
            _ => null,
        };
        if (manager is null)
        {
            return TeamsSsoResult.Fail("The token's version is neither 1.0 nor 2.0.");
        }

        TokenValidationResult result;
        try
        {
            result = await ValidateSignedAsync(token, manager, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            return new TeamsSsoResult(null, "The tenant's signing keys could not be read; try again shortly.", KeysUnavailable: true);
        }

        if (!result.IsValid)
        {
            return TeamsSsoResult.Fail($"The token was refused ({result.Exception?.GetType().Name ?? "invalid"}).");
        }

        var scopes = result.Claims.TryGetValue("scp", out var scp) ? scp?.ToString()?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [] : [];
        if (!scopes.Contains(settings.Scope, StringComparer.Ordinal))
        {
            return TeamsSsoResult.Fail($"The token does not carry the scope '{settings.Scope}' (an app-only token, or one for another API).");
        }

        return PersonPrincipal.FromToken(result.ClaimsIdentity.Claims, SignInMethods.TeamsSso) is { } principal
            ? TeamsSsoResult.Success(principal)
            : TeamsSsoResult.Fail("The token does not name a person (oid, tid).");
    }

    private async Task<TokenValidationResult> ValidateSignedAsync(
        string token, ConfigurationManager<OpenIdConnectConfiguration> manager, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, Parameters(configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Key rollover: read the keys again (the manager allows this at most every few minutes) and retry once.
            manager.RequestRefresh();
            configuration = await manager.GetConfigurationAsync(cancellationToken);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration));
        }

        return result;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudiences = settings.Audiences,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        NameClaimType = WebClaimTypes.Name,
    };

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataAddress, IHttpClientFactory httpClientFactory) =>
        new(metadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true });
}
