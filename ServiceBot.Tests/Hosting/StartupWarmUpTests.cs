using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ServiceBot.Hosting;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The start's warm-up on the whole host (SQLite file, loopback channel, MSAL against the HTTPS Entra stand-in): it runs
/// after the port opens, <c>/ready</c> waits for it and names what it waits for while <c>/healthz</c> does not, and it
/// leaves no trace — no state, session, reminder, processed record or outbox row, no Connector call — while the keys
/// and the app token it fetched serve the first real turn.
/// </summary>
public sealed class StartupWarmUpTests : BotHostTestBase
{
    private static readonly string[] TurnTables =
        ["state_items", "service_sessions", "scheduled_messages", "processed_activities", "outbox", "conversation_references", "understanding_misses"];

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel)
    {
        // Held until the test has seen /ready wait for the keys (the fetch would give up after a minute).
        channel.HoldChannelMetadata();
        return new ServiceBotApplication(channel, AppId, Entra)
            .WithSetting("WarmUp:Enabled", "true")
            .WithSetting("WarmUp:StepTimeout", "00:05:00")
            .WithSetting("BotFramework:KeyFetchTimeout", "00:01:00");
    }

    [Fact]
    public async Task Ready_WaitsForTheWarmUpAndNamesIt_WhileHealthzAnswers()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.True(await Channel.WaitForChannelMetadataRequestsAsync(1));

        var waiting = await ReadyAnswerAsync(body => body.Contains(StartupWarmUp.SigningKeysStep, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.Status);
        Assert.Contains("warming up", waiting.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);

        Channel.ReleaseChannelMetadata();
        var ready = await ReadyAnswerAsync(body => body == "ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        var warmedUp = Assert.Single(App.Logs.Entries, e => e.Category == typeof(StartupWarmUp).FullName && e.EventId.Id == 9001);
        Assert.Contains(StartupWarmUp.EndpointsStep, warmedUp.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Category == typeof(StartupWarmUp).FullName && e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task WarmUp_LeavesNoTrace_AndItsKeysAndTokenServeTheFirstTurn()
    {
        Channel.ReleaseChannelMetadata();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAnswerAsync(body => body == "ready")).Status);

        Assert.Empty(Channel.Calls);
        foreach (var table in TurnTables)
        {
            Assert.Equal((table, 0L), (table, await CountRowsAsync(table)));
        }

        Assert.Single(TokenRequests());
        Assert.Equal(1, Channel.ChannelMetadataRequests);

        var answer = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.NotNull(Assert.Single(await Channel.WaitForCallsAsync(1)).Authorization);
        Assert.Single(TokenRequests());
        Assert.Equal(1, Channel.ChannelMetadataRequests);
        Assert.True(await CountRowsAsync("state_items") > 0, "the real turn's state is where the warm-up's was looked for");
    }

    private IEnumerable<string> TokenRequests() =>
        Entra.Requests.Select(r => r.Path).Where(path => path.EndsWith("/token", StringComparison.Ordinal));

    /// <summary>Polls /ready (at most a few minutes: the classifier trains first) until its body satisfies <paramref name="until"/>.</summary>
    private async Task<(HttpStatusCode Status, string Body)> ReadyAnswerAsync(Func<string, bool> until)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(5);
        while (true)
        {
            using var response = await Client.GetAsync(ReadinessEndpoint.Path);
            var body = await response.Content.ReadAsStringAsync();
            if (until(body) || TimeProvider.System.GetUtcNow() > deadline)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(100);
        }
    }

    private async Task<long> CountRowsAsync(string table)
    {
        var file = Path.Combine(App.DataFolder, StorageOptions.SqliteFileName);
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
