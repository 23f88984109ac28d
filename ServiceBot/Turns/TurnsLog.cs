namespace ServiceBot.Turns;

internal static partial class TurnsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Turn routed to {Route}")]
    public static partial void Routed(ILogger logger, string route);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "No route for activity type {ActivityType} (name {Name}); acknowledged")]
    public static partial void Unrouted(ILogger logger, string? activityType, string? name);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Turn failed for activity type {ActivityType} (name {Name})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? name);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Could not tell the user about a failed turn")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "A turn's {Effect} could not be carried out")]
    public static partial void EffectFailed(ILogger logger, Exception exception, string effect);
}
