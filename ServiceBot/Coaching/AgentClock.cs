using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public static class AgentClock
{
    public static AgentLocalTime Resolve(Activity? activity, DateTimeOffset utcNow, string? preferredTimeZoneId, string defaultTimeZoneId)
    {
        foreach (var id in new[] { activity?.LocalTimezone, preferredTimeZoneId, defaultTimeZoneId })
        {
            if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return new AgentLocalTime(TimeZoneInfo.ConvertTime(utcNow, zone), id);
            }
        }

        return new AgentLocalTime(utcNow, null);
    }
}
