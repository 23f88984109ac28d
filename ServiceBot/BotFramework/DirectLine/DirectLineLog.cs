namespace ServiceBot.BotFramework.DirectLine;

internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "Local Direct Line request refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "Local Direct Line conversation {ConversationId} started as {Persona}")]
    public static partial void Started(ILogger logger, string conversationId, DirectLinePersona persona);

    [LoggerMessage(EventId = 1603, Level = LogLevel.Error, Message = "A local Direct Line turn failed outside the turn runner")]
    public static partial void TurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1604, Level = LogLevel.Information, Message = "Retried post answered from its first delivery (clientActivityID {ClientActivityId})")]
    public static partial void RetriedPost(ILogger logger, string clientActivityId);
}
