namespace ServiceBot.Understanding;

public sealed record CommandMatch(string CommandId, string Argument);
