namespace ServiceBot.Coaching;

public sealed record AgentLocalTime(DateTimeOffset Local, string? TimeZoneId);
