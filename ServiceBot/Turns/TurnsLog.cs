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

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "The channel did not take the turn's {Count} reply(ies) within the reply budget of {Budget}; the sending goes on in the background")]
    public static partial void ReplyBudgetSpent(ILogger logger, int count, TimeSpan budget);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Activity already processed by another delivery; answered with its first outcome")]
    public static partial void AlreadyProcessed(ILogger logger);
}
