using Microsoft.AspNetCore.Authentication;
using ServiceBot.People;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The endpoints of sign-in: <c>/signin</c> (browser), <c>/signin/teams</c> (the Teams tab's page, and the exchange of
/// its token for the session), <c>/signout</c>, and small JSON reads for diagnostics and later pages: <c>/me</c>,
/// <c>/me/teams</c> and, for admins, <c>/people/roster</c> and <c>/people/seen</c>.
/// </summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/signin", SignInAsync).AllowAnonymous();
        endpoints.MapGet(SignInResponses.TeamsSignInPath, TeamsSignInPageAsync).AllowAnonymous();
        endpoints.MapPost(SignInResponses.TeamsSignInPath, ExchangeTeamsTokenAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapMethods("/signout", [HttpMethods.Get, HttpMethods.Post], SignOutAsync).AllowAnonymous().DisableAntiforgery();

        endpoints.MapGet("/me", (CurrentPerson me, WebSignInSettings settings) => Results.Json(MeResponse.From(me, settings)))
            .RequireAuthorization(ServiceBotPolicies.SignedIn);
        endpoints.MapGet("/me/teams", TeamsOfAsync).RequireAuthorization(ServiceBotPolicies.Supervisor);

        var people = endpoints.MapGroup("/people").RequireAuthorization(ServiceBotPolicies.Admin);
        people.MapGet("/roster", RosterAsync);
        people.MapGet("/seen", SeenAsync);
        return endpoints;
    }

    private static async Task SignInAsync(HttpContext context, WebSignInSettings settings, string? returnUrl)
    {
        var target = ReturnUrls.Safe(returnUrl);
        if (settings.IsLocal || context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.Redirect(target);
            return;
        }

        if (!settings.CanSignIn)
        {
            await SignInResponses.UnavailableAsync(context, settings);
            return;
        }

        await context.ChallengeAsync(WebIdentitySchemes.Entra, new AuthenticationProperties { RedirectUri = target });
    }

    private static Task TeamsSignInPageAsync(HttpContext context, string? returnUrl) =>
        SignInPages.WriteTeamsSignInAsync(context, ReturnUrls.Safe(returnUrl));

    /// <summary>Trades a Teams SSO token (Authorization: Bearer) for the session cookie; answers with the person.</summary>
    private static async Task ExchangeTeamsTokenAsync(
        HttpContext context, WebSignInSettings settings, TeamsSsoTokenValidator validator, IClaimsTransformation roles, ILogger<TeamsSsoTokenValidator> logger)
    {
        if (settings.IsLocal)
        {
            await WriteMeAsync(context, context.User, settings);
            return;
        }

        if (!settings.CanSignIn)
        {
            await SignInResponses.ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Sign-in not configured", settings.UnavailableReason!);
            return;
        }

        var result = await validator.ValidateAsync(BearerToken.From(context.Request), context.RequestAborted);
        if (result.Principal is not { } principal)
        {
            WebIdentityLog.TeamsTokenRefused(logger, result.Failure!);
            await SignInResponses.ProblemAsync(
                context,
                result.KeysUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized,
                "Teams token refused",
                result.Failure!);
            return;
        }

        await context.SignInAsync(WebIdentitySchemes.Session, principal, new AuthenticationProperties { IsPersistent = false });
        var key = PersonPrincipal.KeyOf(principal)!.Value;
        WebIdentityLog.SignedIn(logger, key.ObjectIdText, SignInMethods.TeamsSso);
        await WriteMeAsync(context, await roles.TransformAsync(principal), settings);
    }

    private static async Task SignOutAsync(HttpContext context, WebSignInSettings settings)
    {
        if (!settings.IsLocal)
        {
            await context.SignOutAsync(WebIdentitySchemes.Session);
        }

        await SignInPages.WriteMessageAsync(
            context, StatusCodes.Status200OK, SignInTexts.SignedOutTitle, SignInTexts.SignedOutMessage, "/signin", SignInTexts.SignInAgain);
    }

    private static async Task<IResult> TeamsOfAsync(CurrentPerson me, IRosterStore roster, CancellationToken cancellationToken)
    {
        var teams = me.SeesAllTeams
            ? (await roster.GetAsync(cancellationToken)).Teams
            : await roster.GetTeamsSupervisedByAsync(me.Key, cancellationToken);
        return Results.Json(teams.Select(team => new { id = team.Id, name = team.Name }));
    }

    private static async Task<IResult> RosterAsync(HttpContext context, IRosterStore roster, CancellationToken cancellationToken)
    {
        var current = await roster.GetAsync(cancellationToken);
        context.Response.Headers.ETag = $"\"{current.ETag}\"";
        return Results.Json(RosterResponse.From(current));
    }

    private static async Task<IResult> SeenAsync(ISeenPeopleDirectory directory, string? search, int? limit, CancellationToken cancellationToken)
    {
        var people = await directory.FindAsync(search, Math.Clamp(limit ?? 20, 1, 100), cancellationToken);
        return Results.Json(people.Select(person => new
        {
            objectId = person.ObjectId,
            tenantId = person.Key?.TenantIdText,
            teamsUserId = person.TeamsUserId,
            name = person.Name,
            lastSeen = person.LastSeen,
        }));
    }

    private static Task WriteMeAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal principal, WebSignInSettings settings) =>
        CurrentPerson.From(principal) is { } me
            ? context.Response.WriteAsJsonAsync(MeResponse.From(me, settings), context.RequestAborted)
            : SignInResponses.ProblemAsync(context, StatusCodes.Status401Unauthorized, "Sign-in required", "No person.");
}

/// <summary>The JSON of <c>/me</c>.</summary>
internal sealed record MeResponse(
    string ObjectId, string TenantId, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> SupervisedTeams,
    string? Team, string SignIn, bool LocalMode)
{
    public static MeResponse From(CurrentPerson me, WebSignInSettings settings) => new(
        me.Key.ObjectIdText,
        me.Key.TenantIdText,
        me.DisplayName,
        [.. me.Roles.Order(StringComparer.Ordinal)],
        me.SupervisedTeamIds,
        me.AgentTeamId,
        me.SignInMethod,
        settings.IsLocal);
}

/// <summary>The JSON of <c>/people/roster</c>: the whole roster and its ETag.</summary>
internal sealed record RosterResponse(string ETag, IReadOnlyList<object> Teams, IReadOnlyList<object> Admins)
{
    public static RosterResponse From(Roster roster)
    {
        object Person(PersonKey key)
        {
            var person = roster.FindPerson(key);
            return new { objectId = key.ObjectIdText, tenantId = key.TenantIdText, name = person?.DisplayName, teamsUserId = person?.TeamsUserId, place = roster.PlaceOf(key) };
        }

        return new RosterResponse(
            roster.ETag,
            [.. roster.Teams.Select(team => (object)new
            {
                id = team.Id,
                name = team.Name,
                supervisors = roster.Supervisors.Where(m => m.TeamId == team.Id).Select(m => Person(m.Person)).ToList(),
                agents = roster.Agents.Where(m => m.TeamId == team.Id).Select(m => Person(m.Person)).ToList(),
            })],
            [.. roster.Admins.Select(Person)]);
    }
}
