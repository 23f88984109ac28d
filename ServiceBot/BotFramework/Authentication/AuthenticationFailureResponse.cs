using System.Globalization;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Answers a request that did not authenticate: 401 with <c>WWW-Authenticate: Bearer</c>, or 503 with Retry-After when
/// no signing keys could be read yet. Logs it once at the level its kind deserves and counts it.
/// </summary>
public sealed class AuthenticationFailureResponse(BotAuthenticationMetrics metrics, Microsoft.Extensions.Options.IOptions<BotFrameworkOptions> options)
{
    public IResult Respond(HttpContext http, AuthenticationResult result, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        var reason = result.FailureReason ?? "not authenticated";
        metrics.Rejected(result.FailureKind);
        switch (result.FailureKind)
        {
            case AuthenticationFailureKind.KeysUnavailable:
                AuthenticationLog.KeysUnavailable(logger, reason);
                http.Response.Headers.RetryAfter = RetryAfterSeconds().ToString(CultureInfo.InvariantCulture);
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    detail: "The bot cannot check channel tokens yet (its signing keys are not available). Try again shortly.");
            case AuthenticationFailureKind.MalformedToken:
                AuthenticationLog.MalformedToken(logger, reason);
                break;
            default:
                BotFrameworkLog.Unauthorized(logger, reason);
                break;
        }

        http.Response.Headers.WWWAuthenticate = AuthenticationConstants.BearerScheme;
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The request is not authenticated.");
    }

    // By then the next request's key fetch (bounded by the fetch timeout) has had its chance.
    private int RetryAfterSeconds() => Math.Max(1, (int)Math.Ceiling(options.Value.KeyFetchTimeout.TotalSeconds));
}
