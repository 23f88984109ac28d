using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Accepts the Teams tab's single sign-on token on each call (<c>Authorization: Bearer</c>), for pages whose scripts
/// prefer it to the session cookie (for example where the browser blocks cookies inside Teams).
/// </summary>
internal sealed class TeamsSsoBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TeamsSsoTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private TeamsSsoResult? result;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.From(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        result = await validator.ValidateAsync(token, Context.RequestAborted);
        if (result.Principal is { } principal)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
        }

        WebIdentityLog.TeamsTokenRefused(Logger, result.Failure ?? "unknown");
        return AuthenticateResult.Fail(result.Failure ?? "The token was refused.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => result is { KeysUnavailable: true }
        ? SignInResponses.ProblemAsync(Context, StatusCodes.Status503ServiceUnavailable, "Sign-in unavailable", result.Failure!)
        : SignInResponses.ProblemAsync(Context, StatusCodes.Status401Unauthorized, "Sign-in required", result?.Failure ?? "Send the Teams tab's token as Authorization: Bearer.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => SignInResponses.ForbidAsync(Context);
}
