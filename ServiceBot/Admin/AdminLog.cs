namespace ServiceBot.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(EventId = 15101, Level = LogLevel.Information, Message = "A quick edit was refused: {Person} is not an admin in the roster (null: no Entra identity)")]
    public static partial void QuickEditRefused(ILogger logger, People.PersonKey? person);

    [LoggerMessage(EventId = 15102, Level = LogLevel.Information, Message = "Quick edit of {Target} published as content revision {Revision}")]
    public static partial void QuickEditPublished(ILogger logger, long revision, string target);

    [LoggerMessage(EventId = 15103, Level = LogLevel.Information, Message = "A quick edit from revision {Parent} was refused: revision {Live} went live first")]
    public static partial void QuickEditConflict(ILogger logger, long parent, long? live);
}
