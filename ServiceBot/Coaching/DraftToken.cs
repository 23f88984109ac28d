namespace ServiceBot.Coaching;

/// <summary>A word of a draft: its normalized form and where it sits in the text the agent wrote.</summary>
public readonly record struct DraftToken(string Word, int Start, int End);
