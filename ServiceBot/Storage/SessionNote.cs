namespace ServiceBot.Storage;

/// <summary>A note the agent made during a service: where (a guide's id) and what, and when.</summary>
public sealed record SessionNote(string Source, string Text, DateTimeOffset At);
