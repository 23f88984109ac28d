namespace ServiceBot.Feedback;

/// <summary>Post-service feedback's log events. Ids and counts only: answers and comments are never logged.</summary>
internal static partial class FeedbackLog
{
    [LoggerMessage(EventId = 14001, Level = LogLevel.Information, Message = "Survey answer recorded for session {SessionId} ({Source})")]
    public static partial void AnswerRecorded(ILogger logger, string sessionId, Storage.FeedbackSource source);

    [LoggerMessage(EventId = 14002, Level = LogLevel.Information, Message = "Survey submit not recorded: the link was {State}")]
    public static partial void AnswerNotRecorded(ILogger logger, SurveyState state);

    [LoggerMessage(EventId = 14003, Level = LogLevel.Warning, Message = "Rating {Rating} for session {SessionId}: {Alerted} supervisor(s) alerted")]
    public static partial void LowRatingAlerted(ILogger logger, string sessionId, int rating, int alerted);

    [LoggerMessage(EventId = 14004, Level = LogLevel.Warning, Message = "Supervisor {SupervisorId} has no 1:1 chat with the bot yet: no low-rating alert for them")]
    public static partial void SupervisorWithoutChat(ILogger logger, string supervisorId);

    [LoggerMessage(EventId = 14005, Level = LogLevel.Error, Message = "The answer for session {SessionId} is stored, but its summary or alert could not be queued")]
    public static partial void LoopFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(EventId = 14006, Level = LogLevel.Information, Message = "A survey form post failed the antiforgery check")]
    public static partial void AntiforgeryFailed(ILogger logger);

    [LoggerMessage(EventId = 14008, Level = LogLevel.Warning, Message = "No survey link can be offered: set Feedback:PublicBaseUrl (or TeamsApp:Domain) to the app's public https address")]
    public static partial void NoPublicBaseUrl(ILogger logger);

    [LoggerMessage(EventId = 14007, Level = LogLevel.Warning, Message = "A \"lo reviso\" for session {SessionId} came from someone who does not supervise its agent; refused")]
    public static partial void ReviewRefused(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 14009, Level = LogLevel.Warning, Message = "A Teams survey action ({Verb}) for session {SessionId} came from someone other than its invited customer; shown the status only")]
    public static partial void TeamsSurveyRefused(ILogger logger, string verb, string sessionId);

    [LoggerMessage(EventId = 14010, Level = LogLevel.Information, Message = "Survey for session {SessionId} sent to a customer in a Teams chat")]
    public static partial void TeamsSurveySent(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 14011, Level = LogLevel.Warning, Message = "The survey card for session {SessionId} could not be updated to answered; the answer is stored")]
    public static partial void CardUpdateFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(EventId = 14012, Level = LogLevel.Information, Message = "Survey for session {SessionId} sent to the customer's 1:1 chat with the bot")]
    public static partial void PersonSurveySent(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 14013, Level = LogLevel.Warning, Message = "Survey for session {SessionId} could not reach the customer in Teams ({Status}); the agent is offered the link")]
    public static partial void PersonUnreachable(ILogger logger, Exception? exception, string sessionId, string status);

    [LoggerMessage(EventId = 14014, Level = LogLevel.Warning, Message = "The survey card for session {SessionId} is queued but did not go at once ({Delivery}); the outbox sends it")]
    public static partial void SurveyCardQueued(ILogger logger, string sessionId, string delivery);
}
