using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Tests.Fixtures;

/// <summary>A run's figures as the tool records them, for tests of the report and its aggregation.</summary>
internal static class Runs
{
    public static TargetResult Of(
        string name,
        string script = "teams-5-turn",
        bool isFloor = false,
        double cpu = 1.0,
        double p99 = 50,
        double turnsPerSecond = 400,
        int round = 1,
        int position = 1,
        double rssStart = 100,
        double rssEnd = 110,
        double healthzMs = 400,
        double readyMs = 450,
        double firstTurnMs = 300,
        double firstAnswerMs = 900,
        double cpuMsToReady = 1200,
        MemoryGrowth? growth = null,
        RestartFigures? restart = null) => new()
    {
        Name = name,
        Bot = name + ".dll",
        Storage = isFloor ? "none" : "sqlite",
        IsFloor = isFloor,
        Script = script,
        Round = round,
        Position = position,
        Conversations = 2000,
        TurnsSent = 10000,
        TurnsAnswered = 10000,
        Seconds = 10000 / turnsPerSecond,
        TurnsPerSecond = turnsPerSecond,
        Latency = new LatencySummary(10000, p99 / 4, p99 / 5, p99 * 0.8, p99, p99 * 2),
        CpuMsPerTurn = cpu,
        ToolCpuMsPerTurn = 0.3,
        Memory = new MemoryFigures(rssStart - 10, rssStart, rssEnd, Math.Max(rssStart, rssEnd) + 10, rssEnd + 15, [rssStart, rssEnd]) { Growth = growth },
        Connector = new ConnectorFigures(7, 24, 0, new Dictionary<string, double> { ["Reply"] = 7 }, 0, 0, 0),
        Start = new StartFigures(healthzMs, "healthz", readyMs, firstAnswerMs, [firstTurnMs, 20], [10, 10], cpuMsToReady) { Restart = restart },
        Problems = new ErrorFigures(0, 0, 0, 0, [], 0, 0, []),
        AppTokenRequests = 1,
        StoppedByTimeLimit = false,
        LoadAverageAtStart = 0.5,
        LogFile = name + ".log",
    };

    /// <summary>A graceful stop and a restart on the same database as the tool records them: two turns after it, no errors unless given.</summary>
    public static RestartFigures Restart(
        double healthzMs,
        double readyMs,
        double stopMs = 60,
        bool neededKill = false,
        double cpuMsToReady = 900,
        double firstTurnMs = 25,
        int stopLogProblems = 0,
        IReadOnlyList<string>? stopLogFirstProblems = null) =>
        new(stopMs, neededKill, neededKill ? 137 : 0, stopLogProblems, stopLogFirstProblems ?? [], healthzMs, "healthz", readyMs, cpuMsToReady,
            [firstTurnMs, 20], 2, 2, 0, [], 0, [], "restart.log");
}
