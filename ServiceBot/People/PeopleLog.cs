namespace ServiceBot.People;

/// <summary>The people area's log events. Ids and counts only.</summary>
internal static partial class PeopleLog
{
    [LoggerMessage(EventId = 8501, Level = LogLevel.Information, Message = "Roster: added {Changes} team(s), member(s) or admin(s) named in configuration (Roster, Proactive:Supervisors)")]
    public static partial void Seeded(ILogger logger, int changes);

    [LoggerMessage(EventId = 8502, Level = LogLevel.Debug, Message = "Roster: everything named in configuration is already there")]
    public static partial void AlreadySeeded(ILogger logger);

    [LoggerMessage(EventId = 8503, Level = LogLevel.Debug, Message = "Roster: another instance changed the roster while it was seeded; trying again")]
    public static partial void SeedConflict(ILogger logger);
}
