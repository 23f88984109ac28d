namespace ServiceBot.Dialogs;

/// <summary>What the supervisor is told when an agent asks for help.</summary>
public sealed record SupervisorCallContext(
    string AgentName,
    string? SessionId,
    string? Temperament,
    string? PlaybookTitle,
    int? PlaybookStep,
    int? PlaybookSteps,
    int? LongestWaitMinutes,
    DateTimeOffset At);
