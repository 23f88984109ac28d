using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The bot as its own process, stopped as a deploy stops it (SIGTERM) as soon as <c>/healthz</c> answers and at moments
/// through the warm-up that follows (<see cref="ServiceBot.Hosting.StartupWarmUp"/>, before <c>/ready</c>): each stop is
/// quiet (exit code 0, no error, no exception in the log).
/// </summary>
public sealed class StopRightAfterStartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Milliseconds after /healthz (the warm-up takes ~0.6 s on an idle machine), the first three times at once.</summary>
    public static TheoryData<int, int> StopDelays => new() { { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 100 }, { 5, 250 }, { 6, 400 }, { 7, 600 } };

    [Theory]
    [MemberData(nameof(StopDelays))]
    public async Task SigTerm_AfterHealthz_StopsQuietly(int attempt, int stopAfterMilliseconds)
    {
        var folder = Directory.CreateTempSubdirectory($"servicebot-stop-{attempt}-");
        try
        {
            var (exitCode, log) = await StartThenTerminateAsync(folder.FullName, TimeSpan.FromMilliseconds(stopAfterMilliseconds));

            Assert.True(exitCode == 0, $"Exit code {exitCode}. Log:{Environment.NewLine}{log}");
            Assert.True(log.Contains("Application is shutting down", StringComparison.Ordinal), $"The stop was not graceful. Log:{Environment.NewLine}{log}");
            foreach (var sign in SignsOfTrouble)
            {
                Assert.False(log.Contains(sign, StringComparison.Ordinal), $"'{sign}' in the log of a stop {stopAfterMilliseconds} ms after /healthz:{Environment.NewLine}{log}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Log)> StartThenTerminateAsync(string workingDirectory, TimeSpan stopAfter)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = workingDirectory,
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

        // Development on loopback without an app id: local mode, no channel needed; the warm-up still rehearses the turn path.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataFolder"] = Path.Combine(workingDirectory, "data");
        start.Environment["Content__Watch"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await WaitForHealthzAsync(process, port);
            await Task.Delay(stopAfter);
            await TerminateAsync(process.Id);
            await process.WaitForExitAsync().WaitAsync(Patience);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        return (process.ExitCode, await output + await errors);
    }

    private static async Task WaitForHealthzAsync(Process process, int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            Assert.False(process.HasExited, "The bot exited before /healthz answered.");
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
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

        throw new TimeoutException($"/healthz did not answer within {Patience}.");
    }

    /// <summary>The bot's own build, beside this test assembly's (same configuration and framework).</summary>
    private static string BotAssembly()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(TeamsAppTestFiles.RepositoryRoot, "ServiceBot", "bin", tests.Parent!.Name, tests.Name, "ServiceBot.dll");
        Assert.True(File.Exists(path), $"No bot build at {path}.");
        return path;
    }

    private static readonly string[] InheritedBotSettings =
        ["MicrosoftApp", "BotFramework__", "Storage__", "Proactive__", "Content__", "Logging__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private static readonly string[] SignsOfTrouble = ["fail:", "crit:", "Unhandled exception", "Exception:"];

    private static bool IsBotSetting(string name) =>
        InheritedBotSettings.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGTERM, as a deploy (systemd, Kubernetes, App Service on Linux) stops the process.</summary>
    private static async Task TerminateAsync(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
