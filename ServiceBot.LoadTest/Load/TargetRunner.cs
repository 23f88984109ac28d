using System.Diagnostics;
using System.Globalization;
using ServiceBot.LoadTest.Bots;
using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// One bot on one script: a fresh database and process, ready time, one cold conversation alone, the warm-up, then
/// the measured conversations with the bot's CPU and memory read from /proc around and during them; then (unless
/// <c>--no-restart</c>) the bot stopped as a deploy stops it and started again on the same database, timed the same way.
/// </summary>
internal sealed class TargetRunner(Sitting sitting, LoadSettings settings, TextWriter progress)
{
    public async Task<TargetResult> RunAsync(BotTarget target, LoadScript script, string runTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(script);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.MaxDuration);
        var loadAverage = MachineInfo.LoadAverage();
        await using var storage = await BotStorage.CreateAsync(target.Storage, sitting.WorkFolder, runTag, sitting.PostgresConnectionString);
        sitting.Channel.Ledger = new ConnectorLedger();
        var tokenRequestsBefore = sitting.Entra.Requests;
        var environment = BotEnvironment.For(
            sitting.Channel.MetadataUrl,
            (sitting.Channel.BaseUrl + "/emulator/v2.0/.well-known/openid-configuration", sitting.Channel.BaseUrl + "/entra/{tenantId}/v2.0/.well-known/openid-configuration"),
            sitting.Entra.BaseUrl,
            sitting.Certificate.TrustDirectoryValue(Environment.GetEnvironmentVariable(Entra.LoopbackCertificate.TrustVariable)),
            storage,
            target.IsFloor ? new Dictionary<string, string>() : sitting.BotEnvironment);
        var logFile = Path.Combine(sitting.OutputFolder, $"{runTag}-{Slug(target.Name)}-{script.Name}.log");

        await using var bot = BotProcess.Start(target.DllPath, environment, BotEnvironment.ClearedPrefixes, logFile);
        var (ready, byHealthz) = await bot.WaitUntilReadyAsync(sitting.BotHttp, settings.StartTimeout, cancellationToken);
        var fullyReady = byHealthz ? await bot.WaitUntilFullyReadyAsync(sitting.BotHttp, settings.StartTimeout, cancellationToken) : ready;
        var cpuToReady = ProcStat.Read(bot.Pid).CpuTicks * 1000.0 / LinuxNative.ClockTicksPerSecond;
        await using var sampler = new ProcessSampler(bot.Pid, bot.Clock, settings.SampleInterval);
        var readySample = sampler.Mark();
        var runner = RunnerFor(bot, script);
        var turns = script.Turns.Count;

        var cold = new PhaseRecorder(turns);
        var transcript = new ConversationTranscript();
        var coldStart = bot.Clock.Elapsed;
        await runner.RunAsync(ConversationIdentity.For(runTag, 0), cold, cancellationToken, transcript);
        await File.WriteAllTextAsync(Path.ChangeExtension(logFile, ".first-conversation.json"), transcript.ToJson(), cancellationToken);
        Report($"{target.Name} · {script.Name}: ready after {ready.TotalMilliseconds:0} ms{(byHealthz ? string.Empty : " (listening; no /healthz)")}, fully ready (/ready) after {fullyReady.TotalMilliseconds:0} ms; first conversation {FirstConversation(cold, turns)} ms");

        var warmUp = new PhaseRecorder(turns);
        var stopped = await RunManyAsync(runner, runTag, 1, settings.WarmUp, warmUp, limit.Token);

        var measured = new PhaseRecorder(turns);
        sampler.CountConversations(() => measured.Conversations);
        var startSample = sampler.Mark();
        var toolStart = ProcStat.Read(Environment.ProcessId);
        var wall = Stopwatch.StartNew();
        stopped |= await RunManyAsync(runner, runTag, 1 + settings.WarmUp, settings.Conversations, measured, limit.Token);
        wall.Stop();
        var endSample = sampler.Mark();
        var toolEnd = ProcStat.Read(Environment.ProcessId);
        var trail = sampler.Between(startSample.At, endSample.At);

        var turnsSent = Math.Max(1, measured.TurnsSent);
        var latency = measured.Latency();
        var result = new TargetResult
        {
            Name = target.Name,
            Bot = target.DllPath,
            Storage = target.Storage.ToString().ToLowerInvariant(),
            IsFloor = target.IsFloor,
            Script = script.Name,
            Conversations = measured.Conversations,
            TurnsSent = measured.TurnsSent,
            TurnsAnswered = measured.TurnsAnswered,
            Seconds = wall.Elapsed.TotalSeconds,
            TurnsPerSecond = measured.TurnsAnswered / wall.Elapsed.TotalSeconds,
            Latency = latency,
            LatencyByTurn = [.. Enumerable.Range(0, turns).Select(measured.LatencyOfTurn)],
            CpuMsPerTurn = (endSample.Cpu - startSample.Cpu).TotalMilliseconds / turnsSent,
            ToolCpuMsPerTurn = (toolEnd.CpuTicks - toolStart.CpuTicks) * 1000.0 / LinuxNative.ClockTicksPerSecond / turnsSent,
            Memory = new MemoryFigures(
                readySample.ResidentBytes / ProcessSample.Megabyte,
                startSample.ResidentBytes / ProcessSample.Megabyte,
                endSample.ResidentBytes / ProcessSample.Megabyte,
                trail.Max(s => s.ResidentBytes) / ProcessSample.Megabyte,
                endSample.PeakResidentBytes / ProcessSample.Megabyte,
                Downsample(trail.Select(s => s.ResidentBytes / ProcessSample.Megabyte).ToList(), 100))
            {
                Growth = MemoryGrowth.Of(sampler.ByConversations(startSample.At, endSample.At), measured.Conversations),
            },
            Connector = Connector(measured, sitting.Channel.Ledger),
            Start = new StartFigures(
                ready.TotalMilliseconds,
                byHealthz ? "healthz" : "listening",
                fullyReady.TotalMilliseconds,
                (coldStart + TimeSpan.FromMilliseconds(cold.LatencyOfTurn(0).Max)).TotalMilliseconds,
                [.. Enumerable.Range(0, turns).Select(t => cold.LatencyOfTurn(t).Max)],
                [.. Enumerable.Range(0, turns).Select(t => measured.LatencyOfTurn(t).P50)],
                cpuToReady),
            Problems = new ErrorFigures(
                measured.Errors,
                measured.SilentTurns,
                warmUp.Errors,
                cold.Errors,
                [.. cold.ErrorMessages.Select(m => "cold " + m), .. warmUp.ErrorMessages.Select(m => "warm-up " + m), .. measured.ErrorMessages],
                bot.Log.Warnings,
                bot.Log.Errors,
                bot.Log.FirstErrors),
            AppTokenRequests = sitting.Entra.Requests - tokenRequestsBefore,
            StoppedByTimeLimit = stopped,
            LoadAverageAtStart = loadAverage,
            LogFile = logFile,
        };
        Report($"{target.Name} · {script.Name}: {result.Conversations} conversations in {result.Seconds:0.0} s, {result.TurnsPerSecond:0} turns/s, " +
               $"p50 {latency.P50:0.0} ms, p99 {latency.P99:0.0} ms (by turn: {string.Join(" / ", result.LatencyByTurn.Select(l => $"{l.P50:0.0}–{l.P99:0.0}"))}), " +
               $"{result.CpuMsPerTurn:0.00} CPU ms/turn (tool {result.ToolCpuMsPerTurn:0.00}), {result.Problems.AllErrors} errors" +
               (stopped ? " (stopped by --max-duration)" : string.Empty));
        if (!settings.Restart)
        {
            return result;
        }

        var restart = await RestartAsync(bot, target, script, runTag, environment, storage, logFile, cancellationToken);
        return result with
        {
            Start = result.Start with { Restart = restart },
            Problems = result.Problems with { RestartErrors = restart.Errors },
        };
    }

    /// <summary>
    /// Stops the bot as a deploy does, checks that it has exited and left the database, then starts the same build on the
    /// same storage and environment (a new process on a fresh port) and times it as the first start, with one conversation alone.
    /// </summary>
    private async Task<RestartFigures> RestartAsync(
        BotProcess first, BotTarget target, LoadScript script, string runTag, IReadOnlyDictionary<string, string> environment, BotStorage storage, string logFile, CancellationToken cancellationToken)
    {
        var stop = await first.StopAsync();
        if (!first.HasExited)
        {
            throw new InvalidOperationException($"{target.Name}: the bot (pid {first.Pid}) has not exited after its stop; not restarting it beside itself.");
        }

        await storage.WaitUntilUnusedAsync(TimeSpan.FromSeconds(10), cancellationToken);
        var restartLog = Path.ChangeExtension(logFile, ".restart.log");
        await using var bot = BotProcess.Start(target.DllPath, environment, BotEnvironment.ClearedPrefixes, restartLog);
        var (ready, byHealthz) = await bot.WaitUntilReadyAsync(sitting.BotHttp, settings.StartTimeout, cancellationToken);
        var fullyReady = byHealthz ? await bot.WaitUntilFullyReadyAsync(sitting.BotHttp, settings.StartTimeout, cancellationToken) : ready;
        var cpuToReady = ProcStat.Read(bot.Pid).CpuTicks * 1000.0 / LinuxNative.ClockTicksPerSecond;

        var turns = script.Turns.Count;
        var alone = new PhaseRecorder(turns);
        var transcript = new ConversationTranscript();
        await RunnerFor(bot, script).RunAsync(ConversationIdentity.For(runTag, 1 + settings.WarmUp + settings.Conversations), alone, cancellationToken, transcript);
        await File.WriteAllTextAsync(Path.ChangeExtension(logFile, ".restart-conversation.json"), transcript.ToJson(), cancellationToken);
        var restart = new RestartFigures(
            stop.Took.TotalMilliseconds,
            stop.NeededKill,
            stop.ExitCode,
            first.Log.ProblemsAtStop,
            first.Log.FirstProblemsAtStop,
            ready.TotalMilliseconds,
            byHealthz ? "healthz" : "listening",
            fullyReady.TotalMilliseconds,
            cpuToReady,
            [.. Enumerable.Range(0, turns).Select(t => alone.LatencyOfTurn(t).Max)],
            alone.TurnsSent,
            alone.TurnsAnswered,
            alone.Errors,
            alone.ErrorMessages,
            bot.Log.Errors,
            bot.Log.FirstErrors,
            restartLog);
        Report($"{target.Name} · {script.Name}: stopped in {restart.StopMs:0} ms ({(stop.NeededKill ? $"killed after the {BotProcess.StopGracePeriod.TotalSeconds:0} s grace period" : "SIGTERM")}, exit code {stop.ExitCode}), " +
               $"{restart.StopLogProblems} errors at stop; restarted on the same database: ready after {restart.ReadyMs:0} ms, fully ready (/ready) after {restart.FullyReadyMs:0} ms, " +
               $"{restart.CpuMsToReady:0} CPU ms to /ready; its first conversation {FirstConversation(alone, turns)} ms" +
               (alone.Errors > 0 ? $", {alone.Errors} failed turns" : string.Empty));
        return restart;
    }

    private ConversationRunner RunnerFor(BotProcess bot, LoadScript script) =>
        new(
            sitting.BotHttp,
            new Uri(bot.BaseUrl + "/api/messages"),
            sitting.Channel,
            sitting.Tokens,
            new TeamsActivities(sitting.Channel.ServiceUrl, "28:" + BotEnvironment.AppId, script, sitting.Time),
            script,
            settings,
            sitting.Time);

    /// <summary>Runs conversations [first, first + count) with at most InFlight at once; true when stopped by the time limit.</summary>
    private async Task<bool> RunManyAsync(ConversationRunner runner, string runTag, int first, int count, PhaseRecorder recorder, CancellationToken limit)
    {
        var next = first - 1;
        var end = first + count;
        var stopped = false;
        var workers = Enumerable.Range(0, Math.Min(settings.InFlight, Math.Max(count, 0))).Select(async _ =>
        {
            await Task.Yield();
            int index;
            while ((index = Interlocked.Increment(ref next)) < end)
            {
                try
                {
                    await runner.RunAsync(ConversationIdentity.For(runTag, index), recorder, limit);
                }
                catch (OperationCanceledException) when (limit.IsCancellationRequested)
                {
                    stopped = true;
                    return;
                }
            }
        });
        await Task.WhenAll(workers);
        return stopped || limit.IsCancellationRequested;
    }

    private static ConnectorFigures Connector(PhaseRecorder measured, ConnectorLedger ledger)
    {
        var conversations = Math.Max(1, measured.Conversations);
        var totals = measured.Connector;
        return new ConnectorFigures(
            (double)totals.Calls / conversations,
            totals.Bytes / 1024.0 / conversations,
            totals.InvokeResponseBytes / 1024.0 / conversations,
            totals.ByKind.ToDictionary(k => k.Key.ToString(), k => (double)k.Value / conversations),
            ledger.Unattributed.Calls,
            ledger.Late,
            ledger.Refused);
    }

    private static string FirstConversation(PhaseRecorder cold, int turns) =>
        string.Join(" / ", Enumerable.Range(0, turns).Select(t => cold.LatencyOfTurn(t).Max.ToString("0", CultureInfo.InvariantCulture)));

    private static List<double> Downsample(List<double> values, int atMost)
    {
        if (values.Count <= atMost)
        {
            return values;
        }

        return [.. Enumerable.Range(0, atMost).Select(i => values[(int)((long)i * (values.Count - 1) / (atMost - 1))])];
    }

    private static string Slug(string name) =>
        new([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private void Report(string line)
    {
        lock (progress)
        {
            progress.WriteLine(line);
        }
    }
}
