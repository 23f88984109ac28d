using Microsoft.AspNetCore.Authentication;

namespace ServiceBot.WebIdentity;

/// <summary>
/// What a request without a usable session gets: a page a person navigates to is sent to sign in (Entra ID, or the
/// Teams sign-in page for <c>?inTeams=true</c>), anything else gets 401 with a reason; a signed-in person without the
/// role gets 403. Never a redirect that could loop: a failed sign-in ends on a page of its own.
/// </summary>
internal static class SignInResponses
{
    public const string TeamsSignInPath = "/signin/teams";

    public static async Task ChallengeAsync(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<WebSignInSettings>();
        if (!settings.CanSignIn)
        {
            await UnavailableAsync(context, settings);
            return;
        }

        if (!RequestKind.IsPage(context.Request))
        {
            await ProblemAsync(context, StatusCodes.Status401Unauthorized, "Sign-in required",
                "Sign in first: open the page in a browser, or send the Teams tab's token as Authorization: Bearer.");
            return;
        }

        var returnUrl = RequestKind.ReturnUrl(context.Request);
        if (RequestKind.IsInTeams(context.Request))
        {
            context.Response.Redirect($"{TeamsSignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }

        await context.ChallengeAsync(WebIdentitySchemes.Entra, new AuthenticationProperties { RedirectUri = returnUrl });
    }

    public static Task ForbidAsync(HttpContext context) => RequestKind.IsPage(context.Request)
        ? SignInPages.WriteMessageAsync(context, StatusCodes.Status403Forbidden, SignInTexts.ForbiddenTitle, SignInTexts.ForbiddenMessage, "/signout", SignInTexts.SignInAgain)
        : ProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "The signed-in person does not hold the role this endpoint needs.");

    public static Task UnavailableAsync(HttpContext context, WebSignInSettings settings) => RequestKind.IsPage(context.Request)
        ? SignInPages.WriteMessageAsync(context, StatusCodes.Status503ServiceUnavailable, SignInTexts.UnavailableTitle, SignInTexts.UnavailableMessage)
        : ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Sign-in not configured", settings.UnavailableReason ?? "Sign-in is not configured.");

    public static Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        return response.WriteAsJsonAsync(
            new { type = "about:blank", title, status, detail },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: context.RequestAborted);
    }
}
