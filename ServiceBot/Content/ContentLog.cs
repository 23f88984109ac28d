using Microsoft.Extensions.Logging;

namespace ServiceBot.Content;

internal static partial class ContentLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Content loaded from {Folder}: version {Version}, {PhraseCount} phrases, {PlaybookCount} playbooks")]
    public static partial void Loaded(ILogger logger, string folder, string version, int phraseCount, int playbookCount);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Content reloaded: version {Version} is live (was {PreviousVersion})")]
    public static partial void Reloaded(ILogger logger, string version, string previousVersion);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Content reloaded without changes: version {Version}")]
    public static partial void Unchanged(ILogger logger, string version);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Content edit rejected with {ErrorCount} error(s); version {Version} stays live")]
    public static partial void Rejected(ILogger logger, int errorCount, string version);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "{Location}: {ContentMessage}")]
    public static partial void Error(ILogger logger, string location, string contentMessage);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Content reload failed unexpectedly; the last good content stays live")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Watching {Folder} for content edits (debounce {DebounceMilliseconds} ms)")]
    public static partial void Watching(ILogger logger, string folder, int debounceMilliseconds);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "The content file watcher reported an error; reloading to catch up")]
    public static partial void WatcherError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Critical, Message = "The dialog content in {Folder} is invalid ({ErrorCount} error(s)); the bot cannot start")]
    public static partial void InvalidAtStartup(ILogger logger, string folder, int errorCount);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Content version {Version} was checked when this build was made ({Stamp}): loading exactly those files skips the checks")]
    public static partial void CheckedAtBuild(ILogger logger, string version, string stamp);
}
