namespace ServiceBot.Proactive;

/// <summary>The proactive area's log events. Ids and counts only: message text is never logged.</summary>
internal static partial class ProactiveLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Saved the conversation reference of {UserId} in {ConversationId}")]
    public static partial void ReferenceSaved(ILogger logger, string userId, string conversationId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Could not save the conversation reference of {UserId} in {ConversationId}; proactive messages may not reach them until a later turn saves it")]
    public static partial void ReferenceSaveFailed(ILogger logger, Exception exception, string userId, string conversationId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Forgot the conversation reference of {UserId} in {ConversationId}: the channel refused to deliver there (403)")]
    public static partial void ReferenceForgotten(ILogger logger, string userId, string conversationId);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Could not delete the conversation reference of {UserId} in {ConversationId}")]
    public static partial void ReferenceDeleteFailed(ILogger logger, Exception exception, string userId, string conversationId);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Not sending to {UserId} in {ConversationId}: {Reason} (reference provenance {Provenance}); treated as unreachable until they write to the bot again")]
    public static partial void ReferenceRefused(ILogger logger, string? userId, string? conversationId, ServiceBot.BotFramework.Connector.ServiceUrlProvenance provenance, string reason);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning, Message = "Supervisors called but the roster names none for this agent (their team's, or the default team's: Roster, Proactive:Supervisors)")]
    public static partial void NoSupervisors(ILogger logger);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Supervisor {SupervisorId} has no 1:1 chat with the bot yet (the app must be installed and opened once)")]
    public static partial void SupervisorWithoutReference(ILogger logger, string supervisorId);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning, Message = "Supervisor {SupervisorId} blocked or removed the bot (403)")]
    public static partial void SupervisorBlocked(ILogger logger, string supervisorId);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Error, Message = "The call to supervisor {SupervisorId} could not be delivered")]
    public static partial void SupervisorCallFailed(ILogger logger, Exception exception, string supervisorId);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Information, Message = "Supervisors called: {Reached} reached, {Unreachable} unreachable")]
    public static partial void SupervisorsCalled(ILogger logger, int reached, int unreachable);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Warning, Message = "Supervisor {SupervisorId} is unreachable: their conversation reference may not be sent the bot's token")]
    public static partial void SupervisorRefused(ILogger logger, string supervisorId);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Debug, Message = "Scheduled message {MessageId} sent")]
    public static partial void ScheduledMessageSent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Warning, Message = "Scheduled message {MessageId} dropped: no conversation reference for {UserId} in {ConversationId}")]
    public static partial void ScheduledMessageWithoutReference(ILogger logger, string messageId, string userId, string conversationId);

    [LoggerMessage(EventId = 7022, Level = LogLevel.Warning, Message = "Scheduled message {MessageId} dropped: the user blocked or removed the bot (403)")]
    public static partial void ScheduledMessageBlocked(ILogger logger, string messageId);

    [LoggerMessage(EventId = 7027, Level = LogLevel.Warning, Message = "Scheduled message {MessageId} dropped: its conversation reference may not be sent the bot's token")]
    public static partial void ScheduledMessageRefused(ILogger logger, string messageId);

    [LoggerMessage(EventId = 7023, Level = LogLevel.Warning, Message = "Scheduled message {MessageId} failed (attempt {Attempt} of {MaxAttempts}); it is tried again after {ClaimTimeout}")]
    public static partial void ScheduledMessageFailed(ILogger logger, Exception exception, string messageId, int attempt, int maxAttempts, TimeSpan claimTimeout);

    [LoggerMessage(EventId = 7024, Level = LogLevel.Error, Message = "Scheduled message {MessageId} given up after {Attempts} failed attempt(s)")]
    public static partial void ScheduledMessageGivenUp(ILogger logger, Exception exception, string messageId, int attempts);

    [LoggerMessage(EventId = 7025, Level = LogLevel.Warning, Message = "Scheduled message {MessageId} was handled but could not be marked done; it may be sent again after the claim expires")]
    public static partial void ScheduledMessageMarkFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 7026, Level = LogLevel.Error, Message = "Dispatching scheduled messages failed; trying again in {PollInterval}")]
    public static partial void DispatchFailed(ILogger logger, Exception exception, TimeSpan pollInterval);

    [LoggerMessage(EventId = 7030, Level = LogLevel.Debug, Message = "Reply {OutboxId} sent")]
    public static partial void ReplySent(ILogger logger, string outboxId);

    [LoggerMessage(EventId = 7031, Level = LogLevel.Warning, Message = "Reply {OutboxId} failed on attempt {Attempts} of {MaxAttempts}; retrying at {NextAttemptAt:O}")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string outboxId, int attempts, int maxAttempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 7032, Level = LogLevel.Error, Message = "Reply {OutboxId} given up after {Attempts} attempt(s)")]
    public static partial void ReplyGivenUp(ILogger logger, Exception exception, string outboxId, int attempts);

    [LoggerMessage(EventId = 7034, Level = LogLevel.Error, Message = "Could not record the outcome of reply {OutboxId}; the outbox will send it again once its hold expires")]
    public static partial void ReplyRecordFailed(ILogger logger, Exception exception, string outboxId);

    [LoggerMessage(EventId = 7035, Level = LogLevel.Error, Message = "Sending outbox replies failed; trying again in {PollInterval}")]
    public static partial void OutboxDispatchFailed(ILogger logger, Exception exception, TimeSpan pollInterval);

    [LoggerMessage(EventId = 7036, Level = LogLevel.Debug, Message = "The clicked card could not be updated ({Reason}); reply {OutboxId} is sent as a new message")]
    public static partial void ReplyUpdateFellBack(ILogger logger, string outboxId, string reason);

    [LoggerMessage(EventId = 7037, Level = LogLevel.Error, Message = "{Marks} sent mark(s) taken by a commit that reported neither Written nor NotWritten within {Timeout}; they are written by the flush instead (a bug in the caller of IWaitingSentMarks.Take)")]
    public static partial void SentMarksNotReported(ILogger logger, int marks, TimeSpan timeout);
}
