using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ServiceBot.WebIdentity;

/// <summary>Local mode: every request is the local person, who holds every role (see <see cref="LocalModeBanner"/>).</summary>
internal sealed class LocalPersonHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string DisplayName = "Persona local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(PersonPrincipal.Local(DisplayName), Scheme.Name)));

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => SignInResponses.ForbidAsync(Context);
}
