namespace ServiceBot.BotFramework.Authentication;

/// <summary>The inbound authentication's log events. Never a token, never a stack trace for a caller's bad input.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Read {KeyCount} signing key(s) from {MetadataUrl}")]
    public static partial void KeysFetched(ILogger logger, int keyCount, string metadataUrl);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Signing keys from {MetadataUrl} were not read within {Timeout}; still serving the {HeldKeys} key(s) held")]
    public static partial void KeyFetchTimedOut(ILogger logger, string metadataUrl, TimeSpan timeout, int heldKeys);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Signing keys from {MetadataUrl} could not be read ({ErrorType}: {Error}); still serving the {HeldKeys} key(s) held")]
    public static partial void KeyFetchFailed(ILogger logger, string metadataUrl, string errorType, string error, int heldKeys);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Malformed bearer token on /api/messages: {Reason}")]
    public static partial void MalformedToken(ILogger logger, string reason);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Answered 503: {Reason}")]
    public static partial void KeysUnavailable(ILogger logger, string reason);
}
