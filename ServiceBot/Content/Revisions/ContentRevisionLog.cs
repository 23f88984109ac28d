using Microsoft.Extensions.Logging;

namespace ServiceBot.Content.Revisions;

internal static partial class ContentRevisionLog
{
    [LoggerMessage(EventId = 4040, Level = LogLevel.Information, Message = "Content revision {Revision} is live on this instance (version {Version})")]
    public static partial void Followed(ILogger logger, long revision, string version);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Warning, Message = "Could not check the live content revision; trying again at the next interval")]
    public static partial void FollowFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4042, Level = LogLevel.Information, Message = "The database had no content: {Folder} saved and published as revision {Revision}")]
    public static partial void Seeded(ILogger logger, string folder, long revision);

    [LoggerMessage(EventId = 4043, Level = LogLevel.Information, Message = "{Folder} changed: saved and published as revision {Revision}")]
    public static partial void FolderPublished(ILogger logger, string folder, long revision);

    [LoggerMessage(EventId = 4044, Level = LogLevel.Warning, Message = "{Folder} changed but has {ErrorCount} error(s); nothing was published")]
    public static partial void FolderRejected(ILogger logger, string folder, int errorCount);

    [LoggerMessage(EventId = 4045, Level = LogLevel.Warning, Message = "Content revision {Revision} does not pass this build's checks ({ErrorCount} error(s)); {Folder} is published in its place as revision {Replacement}")]
    public static partial void LiveReplaced(ILogger logger, long revision, int errorCount, string folder, long replacement);

    [LoggerMessage(EventId = 4046, Level = LogLevel.Error, Message = "Publishing the edit of {Folder} failed")]
    public static partial void FolderPublishFailed(ILogger logger, string folder, Exception exception);
}
