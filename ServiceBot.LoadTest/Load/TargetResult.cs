using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Load;

/// <summary>Everything measured for one bot on one script, in the units the report shows.</summary>
internal sealed record TargetResult
{
    public required string Name { get; init; }

    public required string Bot { get; init; }

    public required string Storage { get; init; }

    public required bool IsFloor { get; init; }

    public required string Script { get; init; }

    /// <summary>The sitting's round this run belongs to (from 1; <c>--rounds</c>).</summary>
    public int Round { get; init; } = 1;

    /// <summary>This run's place in its round's order (from 1): the bots take turns, so the place can move the figures.</summary>
    public int Position { get; init; } = 1;

    /// <summary>Measured conversations completed (after the cold one and the warm-up).</summary>
    public required int Conversations { get; init; }

    public required long TurnsSent { get; init; }

    public required long TurnsAnswered { get; init; }

    public required double Seconds { get; init; }

    public required double TurnsPerSecond { get; init; }

    public required LatencySummary Latency { get; init; }

    /// <summary>The same latency by the turn's place in the script (install, "hola", ...): which turn kind makes the tail.</summary>
    public IReadOnlyList<LatencySummary> LatencyByTurn { get; init; } = [];

    /// <summary>The bot process's CPU time (user + system, all threads) over the measured phase, per turn sent.</summary>
    public required double CpuMsPerTurn { get; init; }

    /// <summary>This tool's own CPU per turn over the same phase: the share of the machine the load itself took.</summary>
    public required double ToolCpuMsPerTurn { get; init; }

    public required MemoryFigures Memory { get; init; }

    public required ConnectorFigures Connector { get; init; }

    public required StartFigures Start { get; init; }

    public required ErrorFigures Problems { get; init; }

    /// <summary>App tokens the bot asked the Entra stand-in for during its whole run.</summary>
    public required long AppTokenRequests { get; init; }

    public required bool StoppedByTimeLimit { get; init; }

    public required double LoadAverageAtStart { get; init; }

    public required string LogFile { get; init; }

    /// <summary>This bot's figures as ratios to the floor bot's on the same script in the same round (null for the floor itself).</summary>
    public FloorRatios? VersusFloor { get; init; }
}

/// <summary>Resident memory of the bot process in MB: when ready, at the measured phase's start and end, and its highest reading.</summary>
internal sealed record MemoryFigures(double ReadyMb, double StartMb, double EndMb, double MaxMb, double PeakHwmMb, IReadOnlyList<double> TrailMb)
{
    /// <summary>Memory by measured conversations: checkpoints and the second half's growth and slope (null when nothing was measured).</summary>
    public MemoryGrowth? Growth { get; init; }
}

/// <summary>Connector calls and bytes per measured conversation.</summary>
internal sealed record ConnectorFigures(
    double CallsPerConversation,
    double KilobytesPerConversation,
    double InvokeResponseKilobytesPerConversation,
    IReadOnlyDictionary<string, double> CallsPerConversationByKind,
    long UnattributedCalls,
    long LateCalls,
    long RefusedCalls);

/// <summary>
/// A fresh process: time from process start to /healthz answering (<paramref name="ReadyBy"/> "healthz", or
/// "listening" for a bot without that endpoint), to /ready answering (<paramref name="FullyReadyMs"/>: what the bot
/// prepares at start is done; the same as ReadyMs for a bot without /ready) and to the first turn answered, and the
/// first conversation's turn latencies beside the steady state's median for the same turns. The first conversation
/// starts once the bot is fully ready. <paramref name="CpuMsToReady"/> is the bot process's CPU time (user + system,
/// all threads) when /ready answered: on shared cores a steadier measure of the start than its wall-clock time.
/// </summary>
internal sealed record StartFigures(double ReadyMs, string ReadyBy, double FullyReadyMs, double FirstAnswerMs, IReadOnlyList<double> FirstConversationMs, IReadOnlyList<double> SteadyP50Ms, double CpuMsToReady)
{
    /// <summary>The same bot stopped as a deploy stops it and started again on the same database (null with <c>--no-restart</c>).</summary>
    public RestartFigures? Restart { get; init; }

    /// <summary>The largest first-conversation latency as a multiple of the steady median of its turn.</summary>
    public double WorstRatio => Worst(FirstConversationMs);

    /// <summary>The same for the one conversation after the restart: a restart that loses the start's warm-up shows here.</summary>
    public double RestartWorstRatio => Restart is { } restart ? Worst(restart.FirstConversationMs) : double.NaN;

    private double Worst(IReadOnlyList<double> firstConversation) =>
        firstConversation.Zip(SteadyP50Ms, (first, steady) => steady > 0 ? first / steady : double.NaN).DefaultIfEmpty(double.NaN).Max();
}

/// <summary>
/// After the measured conversations: the bot stopped the way a deploy stops it (SIGTERM, a kill after the grace period)
/// — how long that took, whether it needed the kill, its exit code, and the errors and exceptions its log shows while
/// stopping — then the same build started again on the same database and environment (a new process on a fresh port,
/// once the first has exited), timed as the first start is: to /healthz (<paramref name="ReadyMs"/>), to /ready, the
/// CPU time at /ready, then one conversation alone with its turns' latencies. Errors are that conversation's failed
/// turns; <paramref name="BotLogErrors"/> the restarted process's log until it is stopped in turn.
/// </summary>
internal sealed record RestartFigures(
    double StopMs,
    bool StopNeededKill,
    int StopExitCode,
    int StopLogProblems,
    IReadOnlyList<string> StopLogFirstProblems,
    double ReadyMs,
    string ReadyBy,
    double FullyReadyMs,
    double CpuMsToReady,
    IReadOnlyList<double> FirstConversationMs,
    long TurnsSent,
    long TurnsAnswered,
    long Errors,
    IReadOnlyList<string> ErrorMessages,
    int BotLogErrors,
    IReadOnlyList<string> BotLogFirstErrors,
    string LogFile);

/// <summary>Turns that went wrong (measured phase, with the warm-up's, cold conversation's and restart's apart) and what the bot logged before it was stopped.</summary>
internal sealed record ErrorFigures(
    long Errors,
    long SilentTurns,
    long WarmUpErrors,
    long ColdErrors,
    IReadOnlyList<string> Messages,
    int BotLogWarnings,
    int BotLogErrors,
    IReadOnlyList<string> BotLogFirstErrors)
{
    /// <summary>Failed turns of the one conversation after the restart (<see cref="RestartFigures"/>).</summary>
    public long RestartErrors { get; init; }

    public long AllErrors => Errors + WarmUpErrors + ColdErrors + RestartErrors;
}

/// <summary>CPU per turn, p99 and throughput as multiples of the floor bot's.</summary>
internal sealed record FloorRatios(double CpuPerTurn, double P99, double P50, double TurnsPerSecond);
