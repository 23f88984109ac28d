namespace ServiceBot.Proactive;

/// <summary>
/// How a call to the supervisors went: how many got the message, and the configured object ids of those it could not
/// reach (never talked to the bot, blocked it, or the send failed).
/// </summary>
public sealed record SupervisorCallResult(int Reached, IReadOnlyList<string> Unreachable);
