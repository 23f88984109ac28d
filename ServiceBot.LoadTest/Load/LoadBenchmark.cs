using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ServiceBot.LoadTest.Bots;
using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Entra;
using ServiceBot.LoadTest.Measurement;
using ServiceBot.LoadTest.Rounds;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// One sitting: start the Teams channel and Entra stand-ins, then, round after round, for each script run the floor
/// bot and every bot under test one after the other, each round's order starting further along by an even share of the runs (<see cref="RunOrder"/>).
/// Every run is a fresh process on a fresh database. The bots' logs and first-conversation transcripts go to the output folder.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<BenchmarkReport> RunAsync(BenchmarkPlan plan, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var scripts = plan.ScriptPaths.Select(LoadScriptLoader.Load).ToList();
        var targets = plan.Targets().ToList();
        // The report pairs a bot's runs across rounds, and with the floor, by name.
        if (targets.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two runs are named {twice.Key}: give each --bot its own label (label=path/to/Bot.dll).");
        }

        foreach (var target in targets.Where(t => !File.Exists(t.DllPath)))
        {
            throw new FileNotFoundException($"No bot at {target.DllPath} ({target.Name}): build it first, or pass another path.", target.DllPath);
        }

        var time = TimeProvider.System;
        var started = time.GetUtcNow();
        var machine = MachineInfo.Describe();
        var sittingTag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var workFolder = Path.Combine(Path.GetTempPath(), "servicebot-loadbench", sittingTag);
        Directory.CreateDirectory(workFolder);
        Directory.CreateDirectory(plan.OutputFolder);
        try
        {
            using var certificate = LoopbackCertificate.Create(workFolder, time);
            await using var entra = await EntraStandIn.StartAsync(certificate, BotEnvironment.AppId, BotEnvironment.AppPassword, time);
            await using var channel = await TeamsChannel.StartAsync(entra.IsIssued);
            var tokens = new ChannelTokenIssuer(channel.SigningKey, BotEnvironment.AppId, time, plan.Settings.TokenReuse);
            using var handler = new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue };
            using var botHttp = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            var sitting = new Sitting(channel, entra, certificate, tokens, botHttp, workFolder, plan.OutputFolder, plan.PostgresConnectionString, plan.BotEnvironment, time);
            var runner = new TargetRunner(sitting, plan.Settings, progress);

            await progress.WriteLineAsync($"Load benchmark {sittingTag}: {machine}");
            var results = new List<TargetResult>();
            var rounds = new List<SittingRound>();
            var run = 0;
            string? stoppedBy = null;
            for (var round = 1; round <= plan.Rounds && stoppedBy is null; round++)
            {
                var order = RunOrder.ForRound(targets, round, plan.Rounds);
                if (plan.Rounds > 1)
                {
                    await progress.WriteLineAsync($"Round {round} of {plan.Rounds}: {string.Join(", ", order.Select(t => t.Name))}");
                }

                var clock = Stopwatch.StartNew();
                var firstOfRound = results.Count;
                foreach (var script in scripts)
                {
                    for (var position = 0; position < order.Count && stoppedBy is null; position++)
                    {
                        run++;
                        var runTag = $"{sittingTag}{run.ToString("00", CultureInfo.InvariantCulture)}";
                        try
                        {
                            var result = await runner.RunAsync(order[position], script, runTag, cancellationToken);
                            results.Add(result with { Round = round, Position = position + 1 });
                        }
                        catch (Exception e) when (results.Count > 0 && e is TimeoutException or InvalidOperationException)
                        {
                            // A bot that did not start ends the sitting, but the runs before it (rounds of them, maybe) are still reported.
                            stoppedBy = $"round {round}, {order[position].Name} · {script.Name}: {e.Message}";
                        }
                    }
                }

                rounds.Add(new SittingRound(round, [.. order.Select(t => t.Name)], clock.Elapsed.TotalSeconds, Spread.Of(results.Skip(firstOfRound).Select(r => r.LoadAverageAtStart))));
            }

            var report = new BenchmarkReport(
                started.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                machine,
                plan.Settings,
                [.. scripts.Select((s, i) => new ScriptSummary(s.Name, s.Description, s.Turns.Count, plan.ScriptPaths[i]))],
                rounds,
                BenchmarkReport.WithFloorRatios(results))
            {
                StoppedBy = stoppedBy,
            };
            return report;
        }
        finally
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }
}
