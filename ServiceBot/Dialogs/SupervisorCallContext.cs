using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs;

/// <summary>
/// What the supervisor is told when an agent asks for help. Facts only (the playbook by id, the temperament as a
/// value), so each supervisor reads them in their own language.
/// </summary>
public sealed record SupervisorCallContext(
    string AgentName,
    string? SessionId,
    Temperament? Temperament,
    string? PlaybookId,
    int? PlaybookStep,
    int? PlaybookSteps,
    int? LongestWaitMinutes,
    DateTimeOffset At);
