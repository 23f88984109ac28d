namespace ServiceBot.LoadTest.Bots;

/// <summary>How a bot process stopped: the time from SIGTERM to its exit, whether the grace period ran out (it was killed), and its exit code.</summary>
internal sealed record BotStop(TimeSpan Took, bool NeededKill, int ExitCode);
