namespace ServiceBot.Coaching;

public sealed record CommandMatch(string CommandId, string Argument);
