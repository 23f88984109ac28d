namespace ServiceBot.BotFramework;

internal static partial class BotFrameworkLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected activity: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Unauthenticated request to /api/messages: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Redelivered activity answered from its first delivery")]
    public static partial void Redelivery(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Incoming {ActivityType} activity: {Text}")]
    public static partial void Incoming(ILogger logger, string? activityType, string? text);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message =
        "\n*** ServiceBot is running WITHOUT AUTHENTICATION (no MicrosoftAppId). ***\n" +
        "Any caller that reaches this loopback address can post activities, as with the Bot Framework Emulator.\n" +
        "This mode is only allowed in the Development environment on a loopback address. Set MicrosoftAppId, " +
        "MicrosoftAppPassword and MicrosoftAppTenantId to connect to Azure Bot Service.")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Could not record the activity as processed; a redelivery of it would run again")]
    public static partial void ProcessedRecordFailed(ILogger logger, Exception exception);
}
