using System.CommandLine;
using System.Globalization;
using ServiceBot.LoadTest.Bots;
using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Report;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Cli;

/// <summary>The tool's command line: what to measure and how hard; prints the Markdown report and writes it with the JSON.</summary>
internal static class LoadTestCommand
{
    public const string PostgresVariable = "SERVICEBOT_TEST_POSTGRES";

    public static RootCommand Create()
    {
        var defaults = new LoadSettings();
        var conversations = new Option<int>("--conversations", "-n") { Description = "Conversations measured per bot and script", DefaultValueFactory = _ => defaults.Conversations };
        var inFlight = new Option<int>("--in-flight", "-c") { Description = "Conversations running at once", DefaultValueFactory = _ => defaults.InFlight };
        var warmUp = new Option<int>("--warmup", "-w") { Description = "Warm-up conversations before measuring", DefaultValueFactory = _ => defaults.WarmUp };
        var scripts = new Option<string[]>("--script") { Description = $"Load scripts: a name in Scripts/ or a YAML path (default: {LoadScript.DefaultName} and {LoadScript.TypedMixName})", AllowMultipleArgumentsPerToken = true };
        var bots = new Option<string[]>("--bot") { Description = "Bots under test, as [label=]path/to/Bot.dll, or 'none' for the floor alone (default: ServiceBot=this repository's build)", AllowMultipleArgumentsPerToken = true };
        var floor = new Option<string?>("--floor") { Description = "The floor bot's dll, or 'none' (default: this repository's floor bot)" };
        var storages = new Option<StorageEngine[]>("--storage") { Description = $"Databases for the bots under test: sqlite, postgres (default: sqlite, and postgres when {PostgresVariable} or --postgres is set)", AllowMultipleArgumentsPerToken = true };
        var postgres = new Option<string?>("--postgres") { Description = $"An Npgsql connection string to a server where a database may be created per run (default: ${PostgresVariable})" };
        var botEnvironment = new Option<string[]>("--bot-env") { Description = "Extra environment for the bots under test, KEY=VALUE (e.g. DOTNET_gcServer=0)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output", "-o") { Description = "Folder for report.md, report.json and the bots' logs (default: artifacts/loadbench/<UTC time>)" };
        var note = new Option<string?>("--note") { Description = "A line printed above the tables, e.g. 'trial on a busy machine'" };
        var tokenReuse = new Option<double>("--token-reuse") { Description = "Seconds the channel reuses a signed token per serviceUrl; 0 signs every activity", DefaultValueFactory = _ => defaults.TokenReuse.TotalSeconds };
        var maxDuration = new Option<double>("--max-duration") { Description = "Minutes one bot's run may take; no conversation starts after it", DefaultValueFactory = _ => defaults.MaxDuration.TotalMinutes };
        var rounds = new Option<int>("--rounds") { Description = "Times the whole set of runs (floor, every bot on every database) is repeated, each round's order starting further along by an even share of the runs; the report gives medians over the rounds, their spread, and the verdict on issue 17's targets from the medians", DefaultValueFactory = _ => 1 };
        var readyTimeout = new Option<double>("--ready-timeout") { Description = "Seconds from process start a bot has to answer /healthz and /ready; a slower bot fails the run", DefaultValueFactory = _ => defaults.StartTimeout.TotalSeconds };

        var noRestart = new Option<bool>("--no-restart") { Description = "Skip the restart after each run (by default the bot is stopped as a deploy stops it, started again on the same database, and that start is timed beside the first)" };

        var root = new RootCommand(
            "ServiceBot load benchmark: plays Teams against bots on loopback (channel JWTs, an Entra token endpoint, the Connector API) " +
            "and reports turns/s, latency, CPU and memory per bot, with ratios to a floor bot measured in the same sitting (with --rounds, in the same round), " +
            "and whether each bot meets issue 17's targets. Exit code 0: every turn answered; 2: some failed; 1: could not run. The verdict does not change the exit code.")
        {
            conversations, inFlight, warmUp, rounds, scripts, bots, floor, storages, postgres, botEnvironment, output, note, tokenReuse, maxDuration, readyTimeout, noRestart,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration;
            try
            {
                var postgresConnection = parse.GetValue(postgres) is { Length: > 0 } passed
                    ? passed
                    : Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } exported ? exported : null;
                var settings = new LoadSettings
                {
                    Conversations = Positive(parse.GetValue(conversations), "--conversations"),
                    InFlight = Positive(parse.GetValue(inFlight), "--in-flight"),
                    WarmUp = Math.Max(0, parse.GetValue(warmUp)),
                    TokenReuse = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(tokenReuse))),
                    MaxDuration = TimeSpan.FromMinutes(Positive(parse.GetValue(maxDuration), "--max-duration")),
                    StartTimeout = TimeSpan.FromSeconds(Positive(parse.GetValue(readyTimeout), "--ready-timeout")),
                    Restart = !parse.GetValue(noRestart),
                };
                var floorValue = parse.GetValue(floor);
                var plan = new BenchmarkPlan
                {
                    ScriptPaths = [.. (parse.GetValue(scripts) is { Length: > 0 } named ? named : [LoadScript.DefaultName, LoadScript.TypedMixName]).Select(LoadScript.Resolve)],
                    FloorDll = floorValue == "none" ? null : Path.GetFullPath(floorValue ?? DefaultBots.FloorBot),
                    Bots = parse.GetValue(bots) switch
                    {
                        ["none"] => [],
                        { Length: > 0 } given => [.. given.Select(BotTarget.ParseSpec)],
                        _ => [("ServiceBot", DefaultBots.ServiceBot)],
                    },
                    Storages = Storages(parse.GetValue(storages), postgresConnection),
                    PostgresConnectionString = postgresConnection,
                    BotEnvironment = (parse.GetValue(botEnvironment) ?? []).Select(KeyValue).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                    Settings = settings,
                    Rounds = Positive(parse.GetValue(rounds), "--rounds"),
                    OutputFolder = Path.GetFullPath(parse.GetValue(output) ?? DefaultOutputFolder()),
                    Note = parse.GetValue(note),
                };

                var report = await LoadBenchmark.RunAsync(plan, console.Output, cancellationToken);
                var markdown = await ReportFiles.WriteAsync(report, plan.OutputFolder, plan.Note, cancellationToken);
                await console.Output.WriteLineAsync();
                await console.Output.WriteAsync(markdown);
                await console.Output.WriteLineAsync($"{Environment.NewLine}Written: {Path.Combine(plan.OutputFolder, "report.md")} and report.json");
                if (report.StoppedBy is { } stopped)
                {
                    await console.Error.WriteLineAsync($"load benchmark: stopped in {stopped}{Environment.NewLine}The report has the runs before it.");
                    return 1;
                }

                return report.TotalErrors == 0 ? 0 : 2;
            }
            catch (Exception e) when (e is LoadScriptException or ArgumentException or FileNotFoundException or InvalidOperationException or TimeoutException)
            {
                await console.Error.WriteLineAsync($"load benchmark: {e.Message}");
                return 1;
            }
        });
        return root;
    }

    private static StorageEngine[] Storages(StorageEngine[]? chosen, string? postgresConnection)
    {
        if (chosen is not { Length: > 0 })
        {
            return postgresConnection is null ? [StorageEngine.Sqlite] : [StorageEngine.Sqlite, StorageEngine.Postgres];
        }

        if (chosen.Contains(StorageEngine.None))
        {
            throw new ArgumentException("--storage is sqlite or postgres.");
        }

        return chosen.Contains(StorageEngine.Postgres) && postgresConnection is null
            ? throw new ArgumentException($"--storage postgres needs a server: pass --postgres, or set {PostgresVariable} (source .ci/start-postgres).")
            : [.. chosen.Distinct()];
    }

    private static T Positive<T>(T value, string name) where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw new ArgumentException($"{name} must be greater than zero.");

    private static KeyValuePair<string, string> KeyValue(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(pair[..equals], pair[(equals + 1)..])
            : throw new ArgumentException($"--bot-env '{pair}' is not KEY=VALUE.");
    }

    private static string DefaultOutputFolder() =>
        Path.Combine(DefaultBots.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "artifacts", "loadbench",
            TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
}
