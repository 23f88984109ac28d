using ServiceBot.LoadTest.Bots;
using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Script;
using ServiceBot.LoadTest.Tests.Fixtures;

namespace ServiceBot.LoadTest.Tests.EndToEnd;

/// <summary>
/// The tool against real bot processes — the floor bot and ServiceBot, as built with these tests — on loopback, for
/// a handful of conversations: every turn answered, the expected Connector calls counted, one app token fetched
/// over HTTPS from the stand-in. Nothing here asserts a time.
/// </summary>
public sealed class LoadBenchmarkSmokeTests : IDisposable
{
    private const int Conversations = 4;
    private readonly string _output = Path.Combine(Path.GetTempPath(), "servicebot-loadbench-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task FloorAndServiceBot_OnSqlite_AnswerEveryTurnOfTheTeamsScript()
    {
        var report = await RunAsync(LoadScript.DefaultName, withFloor: true, StorageEngine.Sqlite, postgres: null);

        Assert.Equal(0, report.TotalErrors);
        var floor = Assert.Single(report.Results, r => r.IsFloor);
        var serviceBot = Assert.Single(report.Results, r => !r.IsFloor);
        foreach (var result in report.Results)
        {
            AssertCompleted(result, turns: 5);
        }

        // The floor answers each of the five turns (the tap presses its card's one Action.Submit) with one reply.
        Assert.Equal(5, floor.Connector.CallsPerConversation);
        Assert.Equal(5, floor.Connector.CallsPerConversationByKind["Reply"]);
        // ServiceBot answers every turn (no silent turns, checked above), but the tap on its live card is answered in the
        // invoke's own response, so at least the other four turns call the Connector; every conversation runs the same
        // way, so the count is whole.
        Assert.True(serviceBot.Connector.CallsPerConversation >= 4, $"{serviceBot.Connector.CallsPerConversation} calls per conversation");
        Assert.Equal(Math.Round(serviceBot.Connector.CallsPerConversation), serviceBot.Connector.CallsPerConversation);
        Assert.NotNull(serviceBot.VersusFloor);
        Assert.Single(Directory.GetFiles(_output, "*servicebot*.first-conversation.json"));
        Assert.Single(Directory.GetFiles(_output, "*servicebot*.log"));
    }

    [PostgresFact]
    public async Task ServiceBot_OnPostgres_AnswersEveryTurnOfTheTypedMix()
    {
        var connectionString = PostgresFactAttribute.ConnectionString ?? throw new InvalidOperationException(
            $"{PostgresFactAttribute.Variable} is not set and CI=true: .ci/run sources .ci/start-postgres, which sets it.");

        var report = await RunAsync(LoadScript.TypedMixName, withFloor: false, StorageEngine.Postgres, connectionString);

        Assert.Equal(0, report.TotalErrors);
        var serviceBot = Assert.Single(report.Results);
        Assert.Equal("postgres", serviceBot.Storage);
        AssertCompleted(serviceBot, turns: 5);
        Assert.True(serviceBot.Connector.CallsPerConversation >= 5, $"{serviceBot.Connector.CallsPerConversation} calls per conversation");
    }

    private static void AssertCompleted(TargetResult result, int turns)
    {
        Assert.Equal(Conversations, result.Conversations);
        Assert.Equal(Conversations * turns, result.TurnsSent);
        Assert.Equal(Conversations * turns, result.TurnsAnswered);
        Assert.Equal(0, result.Problems.SilentTurns);
        Assert.Equal(0, result.Connector.RefusedCalls);
        Assert.Equal(0, result.Connector.UnattributedCalls);
        Assert.Equal(0, result.Problems.BotLogErrors);
        Assert.False(result.StoppedByTimeLimit);
        // MSAL fetched the app token once over HTTPS from the stand-in (trusted through SSL_CERT_DIR) and cached it.
        Assert.Equal(1, result.AppTokenRequests);
        Assert.Equal(turns, result.Start.FirstConversationMs.Count);
        Assert.True(result.CpuMsPerTurn > 0);
        Assert.True(result.Memory.EndMb > 0);
    }

    private Task<BenchmarkReport> RunAsync(string script, bool withFloor, StorageEngine storage, string? postgres) =>
        LoadBenchmark.RunAsync(
            new BenchmarkPlan
            {
                ScriptPaths = [LoadScript.Resolve(script)],
                FloorDll = withFloor ? DefaultBots.FloorBot : null,
                Bots = [("ServiceBot", DefaultBots.ServiceBot)],
                Storages = [storage],
                PostgresConnectionString = postgres,
                Settings = new LoadSettings { Conversations = Conversations, InFlight = 2, WarmUp = 0, MaxDuration = TimeSpan.FromMinutes(3) },
                OutputFolder = _output,
            },
            TextWriter.Null,
            CancellationToken.None);

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
