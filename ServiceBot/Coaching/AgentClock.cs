using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Coaching;

/// <summary>
/// The agent's local time, from the best the activity says: its <c>localTimezone</c>, the Teams <c>clientInfo</c>
/// entity's time zone, the offset of its <c>localTimestamp</c>; then the deployment's default zone; UTC last.
/// </summary>
public static class AgentClock
{
    public static AgentLocalTime Resolve(Activity? activity, DateTimeOffset utcNow, string defaultTimeZoneId)
    {
        if ((Zone(activity?.LocalTimezone) ?? Zone(activity is null ? null : ClientInfo.TimeZone(activity))) is { } named)
        {
            return new AgentLocalTime(TimeZoneInfo.ConvertTime(utcNow, named), named.Id);
        }

        if (activity?.LocalTimestamp is { } stamp)
        {
            return new AgentLocalTime(utcNow.ToOffset(stamp.Offset), null);
        }

        return Zone(defaultTimeZoneId) is { } fallback
            ? new AgentLocalTime(TimeZoneInfo.ConvertTime(utcNow, fallback), fallback.Id)
            : new AgentLocalTime(utcNow.ToUniversalTime(), null);
    }

    private static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
