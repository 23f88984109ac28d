namespace ServiceBot.Coaching;

public sealed record DraftFinding(string RuleId, string Message, string? Quote, string? Alternative);
