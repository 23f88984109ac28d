using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
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
            var first = ServiceBotProcess.Start(folder.FullName, Settings(channel, holdReplies));
            try
            {
                await first.WaitUntilAnsweringAsync("/ready", Patience);
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
                await first.WaitForExitAsync(Patience);
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
            var second = ServiceBotProcess.Start(folder.FullName, Settings(channel, holdReplies: false));
            try
            {
                await second.WaitUntilAnsweringAsync("/ready", Patience);
                using var http = new HttpClient { BaseAddress = second.BaseAddress, Timeout = Patience };
                foreach (var turn in unanswered.Values)
                {
                    Assert.Equal(HttpStatusCode.OK, await PostAsync(http, turn));
                    answered[Id(turn)] = turn;
                }

                await WaitUntilOutboxSentAsync(folder.FullName);
                await second.TerminateAsync();
                await second.WaitForExitAsync(Patience);
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

    /// <summary>
    /// Local mode (no app id, so no tokens either way) against the fake channel: replies still go to the activity's
    /// serviceUrl. What the first run leaves claimed is due again after HoldFor (its shortest), retried every
    /// PollInterval; with <paramref name="holdReplies"/> the request's reply budget is short, so sends outlast it.
    /// </summary>
    private static Dictionary<string, string> Settings(FakeChannelServer channel, bool holdReplies)
    {
        var settings = new Dictionary<string, string>
        {
            ["BotFramework__ChannelOpenIdMetadataUrl"] = channel.ChannelMetadataUrl,
            ["BotFramework__EmulatorOpenIdMetadataUrl"] = channel.EmulatorMetadataUrl,
            ["BotFramework__EntraOpenIdMetadataUrl"] = channel.EntraMetadataUrlTemplate,
            ["BotFramework__ConnectorBaseDelay"] = "00:00:00.050",
            ["Outbox__HoldFor"] = "00:00:10",
            ["Outbox__PollInterval"] = "00:00:00.200",
            ["Outbox__RetryBaseDelay"] = "00:00:00.100",
            ["Outbox__RetryMaxDelay"] = "00:00:01",
        };
        if (holdReplies)
        {
            settings["Outbox__ReplyBudget"] = "00:00:00.100";
        }

        return settings;
    }
}
