using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Browser sign-in with Entra ID: the authorization code flow with PKCE against the tenant's v2.0 authority, the
/// client secret for the code exchange, the id token checked by the handler (issuer from the tenant's metadata,
/// audience = client id, nonce, signature). The session keeps only <see cref="PersonPrincipal"/>'s claims; a failed
/// or refused sign-in ends on a page of its own (never a 500, never back to Entra in a loop).
/// </summary>
internal sealed class EntraSignInSetup(WebSignInSettings settings, IHttpClientFactory httpClientFactory) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != WebIdentitySchemes.Entra)
        {
            return;
        }

        options.SignInScheme = WebIdentitySchemes.Session;
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        options.Scope.Add(OpenIdConnectScope.OpenIdProfile);
        options.TokenValidationParameters.NameClaimType = WebClaimTypes.Name;
        options.TokenValidationParameters.RoleClaimType = WebClaimTypes.Role;
        options.Backchannel = httpClientFactory.CreateClient(TeamsSsoTokenValidator.HttpClientName);
        options.Events.OnTokenValidated = OnTokenValidatedAsync;
        options.Events.OnRemoteFailure = OnRemoteFailureAsync;
    }

    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    private Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<EntraSignInSetup>>();
        var principal = context.Principal is null ? null : PersonPrincipal.FromToken(context.Principal.Claims, SignInMethods.Entra);
        if (principal is null || PersonPrincipal.KeyOf(principal) is not { } key ||
            !string.Equals(key.TenantIdText, settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            const string Reason = "the id token names no person of the sign-in tenant (oid, tid)";
            WebIdentityLog.SignInRefused(logger, Reason);
            context.Fail(Reason);
            return Task.CompletedTask;
        }

        context.Principal = principal;
        WebIdentityLog.SignedIn(logger, key.ObjectIdText, SignInMethods.Entra);
        return Task.CompletedTask;
    }

    private static async Task OnRemoteFailureAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<EntraSignInSetup>>();
        WebIdentityLog.SignInFailed(logger, context.Failure?.Message ?? "unknown");
        var returnUrl = ReturnUrls.Safe(context.Properties?.RedirectUri);
        await SignInPages.WriteMessageAsync(
            context.HttpContext,
            StatusCodes.Status400BadRequest,
            SignInTexts.FailedTitle,
            SignInTexts.FailedMessage,
            $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}",
            SignInTexts.TryAgain);
    }
}
