using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// A bot running as its own process (<c>dotnet bot.dll</c>) on a free loopback port, its output kept in a log file.
/// The clock starts just before the process does, so readiness is measured from process start.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly BotLog _log;
    private readonly Lock _stopGate = new();
    private Task<BotStop>? _stop;
    private int _disposed;

    private BotProcess(Process process, BotLog log, Stopwatch clock, string baseUrl)
    {
        _process = process;
        _log = log;
        Clock = clock;
        BaseUrl = baseUrl;
    }

    public int Pid => _process.Id;

    /// <summary>Time since the process was started.</summary>
    public Stopwatch Clock { get; }

    public string BaseUrl { get; }

    public BotLog Log => _log;

    public bool HasExited => _process.HasExited;

    public static BotProcess Start(string dllPath, IReadOnlyDictionary<string, string> environment, IReadOnlyCollection<string> clearedPrefixes, string logPath)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(dllPath))
        {
            throw new FileNotFoundException($"No bot at {dllPath}: build it first (dotnet build -c Release), or pass another path.", dllPath);
        }

        var port = FreeLoopbackPort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(DotnetHost(), [dllPath])
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => clearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        var log = new BotLog(logPath);
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dllPath} did not start.");
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log, clock, baseUrl);
    }

    /// <summary>
    /// Polls <c>/healthz</c> until it answers 200 (or 404: a bot without that endpoint is ready once it listens);
    /// returns the time since process start and whether /healthz said so.
    /// </summary>
    public async Task<(TimeSpan At, bool ByHealthz)> WaitUntilReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (at, status) = await PollAsync(http, "/healthz", timeout, cancellationToken);
        return (at, status == HttpStatusCode.OK);
    }

    /// <summary>
    /// Polls <c>/ready</c> (everything the bot prepares at start is done, e.g. ServiceBot's intent classifier) until it
    /// answers 200; a bot without that endpoint (404) is fully ready when healthy. Returns the time since process start.
    /// </summary>
    public async Task<TimeSpan> WaitUntilFullyReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken) =>
        (await PollAsync(http, "/ready", timeout, cancellationToken)).At;

    private async Task<(TimeSpan At, HttpStatusCode Status)> PollAsync(HttpClient http, string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var endpoint = new Uri(BaseUrl + path);
        while (Clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before it was ready. Its log ({_log.Path}) ends:{Environment.NewLine}{_log.Tail(15)}");
            }

            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(2));
                using var response = await http.GetAsync(endpoint, attempt.Token);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound)
                {
                    return (Clock.Elapsed, response.StatusCode);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }

        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
            $"The bot did not answer {endpoint} with 200 within {timeout.TotalSeconds:0.###} s of its start (--ready-timeout). Its log ({_log.Path}) ends:{Environment.NewLine}{_log.Tail(15)}"));
    }

    /// <summary>How long a graceful stop may take before the process is killed (a deploy's grace period).</summary>
    public static TimeSpan StopGracePeriod { get; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Stops the bot the way a deploy does: SIGTERM, then a kill after <see cref="StopGracePeriod"/>. Returns how long
    /// the stop took and whether it needed the kill; a second call returns the first stop's figures.
    /// </summary>
    public Task<BotStop> StopAsync()
    {
        lock (_stopGate)
        {
            return _stop ??= StopOnceAsync();
        }
    }

    private async Task<BotStop> StopOnceAsync()
    {
        _log.StopBegins();
        var clock = Stopwatch.StartNew();
        var neededKill = false;
        if (!_process.HasExited)
        {
            LinuxNative.Terminate(_process.Id);
            using var grace = new CancellationTokenSource(StopGracePeriod);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                neededKill = true;
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        // WaitForExitAsync has also drained the redirected output, so the log holds everything the stop wrote.
        return new BotStop(clock.Elapsed, neededKill, _process.ExitCode);
    }

    /// <summary>Stops the bot (<see cref="StopAsync"/>) if that has not been done, then lets go of the process and the log; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _process.Dispose();
        _log.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs this tool (DOTNET_HOST_PATH under the SDK), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
