using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// The bot's own build (beside this test assembly's: same configuration and framework) run as its own process, in
/// Development on a free loopback port without an app id (local mode), with the bot settings this process inherited
/// cleared; stopped as a deploy stops it (SIGTERM). Its exit code and log are read once it is disposed.
/// </summary>
internal sealed class ServiceBotProcess : IAsyncDisposable
{
    /// <summary>What a quiet stop never logs.</summary>
    public static readonly IReadOnlyList<string> SignsOfTrouble = ["fail:", "crit:", "Unhandled exception"];

    private static readonly string[] InheritedBotSettings =
        ["MicrosoftApp", "BotFramework__", "Storage__", "Proactive__", "Content__", "Logging__", "Outbox__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private ServiceBotProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Its stdout and stderr, once disposed.</summary>
    public string Log { get; private set; } = string.Empty;

    /// <summary>Its exit code, once disposed.</summary>
    public int ExitCode { get; private set; } = -1;

    /// <summary>Starts the bot with its data folder in <paramref name="folder"/>, with <paramref name="settings"/> added to its environment.</summary>
    public static ServiceBotProcess Start(string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(BotAssembly());
        foreach (var name in start.Environment.Keys.Where(IsBotSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataFolder"] = Path.Combine(folder, "data");
        start.Environment["Content__Watch"] = "false";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new ServiceBotProcess(Process.Start(start)!, port);
    }

    /// <summary>Polls <paramref name="path"/> (<c>/healthz</c> or <c>/ready</c>) until it answers 200.</summary>
    public async Task WaitUntilAnsweringAsync(string path, TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The bot exited before {path} answered:{Environment.NewLine}{await _output}{await _errors}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{path} did not answer within {patience}.");
    }

    /// <summary>SIGTERM, as a deploy (systemd, Kubernetes, App Service on Linux) stops the process.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public Task WaitForExitAsync(TimeSpan patience) => _process.WaitForExitAsync().WaitAsync(patience);

    /// <summary>Once disposed: exit code 0, a graceful stop, and none of <see cref="SignsOfTrouble"/> (nor <paramref name="alsoTrouble"/>) in the log.</summary>
    public void AssertStoppedQuietly(string run, params string[] alsoTrouble)
    {
        Assert.True(ExitCode == 0, $"The {run} exited with {ExitCode}. Log:{Environment.NewLine}{Log}");
        Assert.True(Log.Contains("Application is shutting down", StringComparison.Ordinal), $"The {run} did not stop gracefully. Log:{Environment.NewLine}{Log}");
        foreach (var sign in SignsOfTrouble.Concat(alsoTrouble))
        {
            Assert.False(Log.Contains(sign, StringComparison.Ordinal), $"'{sign}' in the log of the {run}:{Environment.NewLine}{Log}");
        }
    }

    /// <summary>Kills the process if it still runs, then keeps its exit code and log.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        Log = await _output + await _errors;
        ExitCode = _process.ExitCode;
        _process.Dispose();
    }

    private static string BotAssembly()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(TeamsAppTestFiles.RepositoryRoot, "ServiceBot", "bin", tests.Parent!.Name, tests.Name, "ServiceBot.dll");
        Assert.True(File.Exists(path), $"No bot build at {path}.");
        return path;
    }

    private static bool IsBotSetting(string name) =>
        InheritedBotSettings.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
