using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.TeamsApp;
using Xunit.Abstractions;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The bot as its own process on a SQLite folder, stopped as a deploy stops it (SIGTERM) while many conversations have
/// turns in flight; every turn that got no 200 is delivered again (as Teams redelivers), the bot restarts on the same
/// folder and its outbox sends what is due. From the channel's record: every turn answered 200 has its replies, no reply
/// reached the channel twice, every outbox row was sent, and both processes stopped quietly.
/// </summary>
public sealed class StopWithTurnsInFlightTests(ITestOutputHelper output)
{
    private const int Conversations = 24;
    private const int TurnsPerConversation = 6;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Utterances = ["hola", "no puedo entrar a mi correo", "olvidé mi contraseña", "gracias"];
    private static readonly string[] SignsOfTrouble = ["fail:", "crit:", "Unhandled exception"];

    /// <param name="holdReplies">
    /// The channel holds the Connector calls from the start until shortly after the stop, so reply sends outlast
    /// their requests (the request's reply budget is short) and the stop has to wait for them.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SigTerm_WithTurnsInFlight_NoReplyLostOrSentTwice(bool holdReplies)
    {
        var folder = Directory.CreateTempSubdirectory("servicebot-inflight-");
        await using var channel = await FakeChannelServer.StartAsync();
        try
        {
            var turns = Enumerable.Range(0, Conversations)
                .Select(c => Enumerable.Range(0, TurnsPerConversation).Select(t => Turn(channel, c, t)).ToList())
                .ToList();
            var answered = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
            var unanswered = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);

            // First run: all conversations at once; SIGTERM once a third of the turns were answered.
            var first = BotProcess.Start(channel, folder.FullName, holdReplies);
            try
            {
                await first.WaitForReadyAsync();
                if (holdReplies)
                {
                    channel.HoldConnectorCalls();
                }

                using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Patience };
                var stopAfter = Conversations * TurnsPerConversation / 3;
                var stopSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var conversations = turns.Select(conversation => Task.Run(async () =>
                {
                    for (var t = 0; t < conversation.Count; t++)
                    {
                        if (await PostAsync(http, conversation[t]) == HttpStatusCode.OK)
                        {
                            answered[Id(conversation[t])] = conversation[t];
                            if (answered.Count >= stopAfter)
                            {
                                stopSignal.TrySetResult();
                            }

                            continue;
                        }

                        // Teams redelivers the turn it saw no answer for; the later turns of this conversation are never typed.
                        unanswered[Id(conversation[t])] = conversation[t];
                        return;
                    }
                })).ToList();

                await stopSignal.Task.WaitAsync(Patience);
                await first.TerminateAsync();
                if (holdReplies)
                {
                    await Task.Delay(300);
                    channel.ReleaseConnectorCalls();
                }

                await Task.WhenAll(conversations).WaitAsync(Patience);
                await first.WaitForExitAsync();
            }
            finally
            {
                await first.DisposeAsync();
            }

            first.AssertStoppedQuietly("first run");
            var sentByFirst = channel.Calls.Count(IsReplySend);
            output.WriteLine($"First run: {answered.Count} turns answered 200, {unanswered.Count} not; {sentByFirst} replies reached the channel.");
            Assert.True(!unanswered.IsEmpty, $"The stop came after every turn was answered ({answered.Count}); it tested nothing.");

            // Second run on the same folder: the redelivered turns, then the outbox sends what the first run left.
            var second = BotProcess.Start(channel, folder.FullName, holdReplies: false);
            try
            {
                await second.WaitForReadyAsync();
                using var http = new HttpClient { BaseAddress = second.BaseAddress, Timeout = Patience };
                foreach (var turn in unanswered.Values)
                {
                    Assert.Equal(HttpStatusCode.OK, await PostAsync(http, turn));
                    answered[Id(turn)] = turn;
                }

                await WaitUntilOutboxSentAsync(folder.FullName);
                await second.TerminateAsync();
                await second.WaitForExitAsync();
            }
            finally
            {
                await second.DisposeAsync();
            }

            second.AssertStoppedQuietly("second run");
            output.WriteLine($"Second run: {channel.Calls.Count(IsReplySend) - sentByFirst} more replies reached the channel.");
            AssertEveryReplyOnceAndNoneLost(channel, folder.FullName, answered.Values);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void AssertEveryReplyOnceAndNoneLost(FakeChannelServer channel, string folder, IEnumerable<JsonObject> answered)
    {
        var sends = channel.Calls.Where(IsReplySend).ToList();
        var twice = sends.GroupBy(call => (call.Path, call.Body)).Where(group => group.Count() > 1).ToList();
        Assert.True(twice.Count == 0,
            $"{twice.Count} replies reached the channel more than once:{Environment.NewLine}" +
            string.Join(Environment.NewLine, twice.Select(group => $"{group.Count()}x {group.Key.Path} {group.Key.Body}")));

        var rows = OutboxRows(folder);
        var unsent = rows.Where(row => row.SentAt is null).ToList();
        Assert.True(unsent.Count == 0, $"{unsent.Count} of {rows.Count} outbox rows never sent: {string.Join(", ", unsent.Select(row => $"{row.Id} (turn {row.TurnId}, {row.Attempts} attempts, given up: {row.GivenUp})"))}");

        // The bot answers alike in every conversation: the same turn (same position, same words) gets as many replies
        // everywhere, so a turn missing one of its replies stands out against its peers.
        var repliesPerTurn = sends.GroupBy(call => call.Activity.ReplyToId ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var byPosition = answered.GroupBy(turn => Id(turn)[(Id(turn).IndexOf('-', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        foreach (var position in byPosition)
        {
            var counts = position.ToDictionary(Id, turn => repliesPerTurn.GetValueOrDefault(Id(turn)), StringComparer.Ordinal);
            var expected = counts.Values.Max();
            var missing = counts.Where(count => count.Value < expected || count.Value == 0).ToList();
            Assert.True(expected > 0 && missing.Count == 0,
                $"Turns answered 200 missing replies (at {position.Key} others got {expected}): {string.Join(", ", missing.Select(c => $"{c.Key}: {c.Value}"))}");
        }
    }

    private static bool IsReplySend(ConnectorCall call) =>
        call.Method is "POST" or "PUT" && call.Path.Contains("/v3/conversations/", StringComparison.Ordinal) &&
        call.Path.Contains("/activities", StringComparison.Ordinal);

    private static async Task WaitUntilOutboxSentAsync(string folder)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (OutboxRows(folder).All(row => row.SentAt is not null || row.GivenUp))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The outbox still had unsent replies after {Patience}.");
    }

    private sealed record OutboxRow(string Id, string TurnId, long? SentAt, bool GivenUp, long Attempts);

    private static List<OutboxRow> OutboxRows(string folder)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "data", StorageOptions.SqliteFileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, turn_id, sent_at, given_up_at IS NOT NULL, attempts FROM outbox";
        using var reader = command.ExecuteReader();
        var rows = new List<OutboxRow>();
        while (reader.Read())
        {
            rows.Add(new OutboxRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetBoolean(3), reader.GetInt64(4)));
        }

        return rows;
    }

    private static JsonObject Turn(FakeChannelServer channel, int conversation, int turn)
    {
        var activity = TestActivities.Message(channel.ServiceUrl(), Utterances[turn % Utterances.Length],
            id: string.Create(CultureInfo.InvariantCulture, $"c{conversation:D2}-t{turn}"));
        activity["conversation"]!["id"] = string.Create(CultureInfo.InvariantCulture, $"a:inflight-{conversation:D2}");
        activity["from"]!["id"] = string.Create(CultureInfo.InvariantCulture, $"29:inflight-user-{conversation:D2}");
        activity["from"]!["aadObjectId"] = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-0000000000{conversation:D2}");
        return activity;
    }

    private static string Id(JsonObject activity) => (string)activity["id"]!;

    /// <summary>The turn's HTTP status, or null when the bot could not be reached or cut the request (a stopping bot).</summary>
    private static async Task<HttpStatusCode?> PostAsync(HttpClient http, JsonObject activity)
    {
        try
        {
            using var response = await http.PostAsync(activity, token: null);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>One run of the bot's own build as a process, in local mode, against the fake channel.</summary>
    private sealed class BotProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _output;
        private readonly Task<string> _errors;

        private BotProcess(Process process, int port)
        {
            _process = process;
            BaseAddress = new Uri($"http://127.0.0.1:{port}");
            _output = process.StandardOutput.ReadToEndAsync();
            _errors = process.StandardError.ReadToEndAsync();
        }

        public Uri BaseAddress { get; }

        public static BotProcess Start(FakeChannelServer channel, string folder, bool holdReplies)
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

            // Development without an app id (local mode): no tokens either way; replies still go to the activity's serviceUrl.
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Storage__DataFolder"] = Path.Combine(folder, "data");
            start.Environment["Content__Watch"] = "false";
            start.Environment["BotFramework__ChannelOpenIdMetadataUrl"] = channel.ChannelMetadataUrl;
            start.Environment["BotFramework__EmulatorOpenIdMetadataUrl"] = channel.EmulatorMetadataUrl;
            start.Environment["BotFramework__EntraOpenIdMetadataUrl"] = channel.EntraMetadataUrlTemplate;
            start.Environment["BotFramework__ConnectorBaseDelay"] = "00:00:00.050";

            // What the first run leaves claimed is due again after HoldFor (its shortest), retried every PollInterval.
            start.Environment["Outbox__HoldFor"] = "00:00:10";
            start.Environment["Outbox__PollInterval"] = "00:00:00.200";
            start.Environment["Outbox__RetryBaseDelay"] = "00:00:00.100";
            start.Environment["Outbox__RetryMaxDelay"] = "00:00:01";
            if (holdReplies)
            {
                start.Environment["Outbox__ReplyBudget"] = "00:00:00.100";
            }

            return new BotProcess(Process.Start(start)!, port);
        }

        public async Task WaitForReadyAsync()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Patience)
            {
                if (_process.HasExited)
                {
                    Assert.Fail($"The bot exited before /ready answered:{Environment.NewLine}{await LogAsync()}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri(BaseAddress, "/ready"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"/ready did not answer within {Patience}.");
        }

        /// <summary>SIGTERM, as a deploy stops the process.</summary>
        public async Task TerminateAsync()
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        public Task WaitForExitAsync() => _process.WaitForExitAsync().WaitAsync(Patience);

        public string Log { get; private set; } = string.Empty;

        public int ExitCode { get; private set; } = -1;

        public void AssertStoppedQuietly(string run)
        {
            Assert.True(ExitCode == 0, $"The {run} exited with {ExitCode}. Log:{Environment.NewLine}{Log}");
            Assert.True(Log.Contains("Application is shutting down", StringComparison.Ordinal), $"The {run} did not stop gracefully. Log:{Environment.NewLine}{Log}");
            foreach (var sign in SignsOfTrouble)
            {
                Assert.False(Log.Contains(sign, StringComparison.Ordinal), $"'{sign}' in the log of the {run}:{Environment.NewLine}{Log}");
            }
        }

        private async Task<string> LogAsync() => await _output + await _errors;

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            Log = await LogAsync();
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

        private static readonly string[] InheritedBotSettings =
            ["MicrosoftApp", "BotFramework__", "Storage__", "Proactive__", "Content__", "Logging__", "Outbox__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

        private static bool IsBotSetting(string name) =>
            InheritedBotSettings.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

        private static int FreeLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
