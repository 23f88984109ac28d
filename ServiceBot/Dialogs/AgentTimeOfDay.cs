using ServiceBot.BotFramework.Schema;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs;

/// <summary>The agent's part of the day (morning, afternoon, evening) from what the activity says of their local time.</summary>
public static class AgentTimeOfDay
{
    public static TimeOfDay Of(Activity activity, DateTimeOffset utcNow, string defaultTimeZoneId, ContentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var local = AgentClock.Resolve(activity, utcNow, defaultTimeZoneId);
        return settings.TimeOfDayAt(TimeOnly.FromDateTime(local.Local.DateTime));
    }
}
