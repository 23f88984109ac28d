namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Direct Line's error answers: <c>{"error":{"code","message"}}</c> with the status code.</summary>
public static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found. It may have been forgotten (the local chat keeps conversations in memory); start a new one.");

    /// <summary>403 for a token problem: <c>TokenExpired</c> for an expired one, as Direct Line answers.</summary>
    public static IResult Token(DirectLineTokenProblem problem) => problem switch
    {
        DirectLineTokenProblem.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired; generate a new one."),
        DirectLineTokenProblem.Missing => Error(StatusCodes.Status401Unauthorized, "BadArgument", "A token is required: Authorization: Bearer <token from /v3/directline/tokens/generate>."),
        _ => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid here."),
    };

    /// <summary>429 with Retry-After in milliseconds, the unit Direct Line's JavaScript client reads it in.</summary>
    public static IResult TooManyRequests(HttpContext http, int retryAfterMilliseconds, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.RetryAfter = retryAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", message);
    }
}
