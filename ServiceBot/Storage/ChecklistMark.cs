namespace ServiceBot.Storage;

/// <summary>A protocol checklist step the agent ticked, and when.</summary>
public sealed record ChecklistMark(string StepId, DateTimeOffset At);
