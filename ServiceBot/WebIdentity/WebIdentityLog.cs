namespace ServiceBot.WebIdentity;

/// <summary>The web sign-in's log events. Object ids and reasons only, never a token.</summary>
internal static partial class WebIdentityLog
{
    [LoggerMessage(EventId = 8601, Level = LogLevel.Warning, Message = "Pages for people are closed: {Reason}. They answer 503 until it is configured (README, People and sign-in)")]
    public static partial void SignInUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 8602, Level = LogLevel.Warning, Message = "Local mode: pages for people open without sign-in, as a local person with every role")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(EventId = 8603, Level = LogLevel.Information, Message = "A Teams token was refused: {Reason}")]
    public static partial void TeamsTokenRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 8604, Level = LogLevel.Warning, Message = "A browser sign-in failed: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 8605, Level = LogLevel.Information, Message = "{ObjectId} signed in ({Method})")]
    public static partial void SignedIn(ILogger logger, string objectId, string method);

    [LoggerMessage(EventId = 8606, Level = LogLevel.Warning, Message = "A browser sign-in was refused: {Reason}")]
    public static partial void SignInRefused(ILogger logger, string reason);
}
