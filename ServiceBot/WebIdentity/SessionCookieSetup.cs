using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The session cookie: HTTPS only, HttpOnly, <c>SameSite=None</c> and <c>Partitioned</c> so it works inside the Teams
/// iframe (Teams is another site), sliding for <see cref="WebSignInSettings.SessionLifetime"/>. Its challenge and
/// forbid answers are <see cref="SignInResponses"/>'s, never the cookie handler's redirect to a login path.
/// </summary>
internal sealed class SessionCookieSetup(WebSignInSettings settings) : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name != WebIdentitySchemes.Session)
        {
            return;
        }

        options.Cookie.Name = WebIdentitySchemes.SessionCookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.None;
        options.Cookie.Path = "/";
        options.Cookie.Extensions.Add("Partitioned");
        options.ExpireTimeSpan = settings.SessionLifetime;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => SignInResponses.ChallengeAsync(context.HttpContext);
        options.Events.OnRedirectToAccessDenied = context => SignInResponses.ForbidAsync(context.HttpContext);
        options.Events.OnRedirectToLogout = context =>
        {
            context.Response.Redirect(ReturnUrls.Safe(context.RedirectUri));
            return Task.CompletedTask;
        };
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(Options.DefaultName, options);
}
