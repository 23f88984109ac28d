using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Proactive;
using ServiceBot.Dialogs;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Postgres;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// How a typed turn talks to PostgreSQL, on a real server through the real host and a loopback channel: each command
/// or batch Npgsql sends is one round trip, counted from Npgsql's own tracing of the test's database. A typed turn takes
/// two: BEGIN, the lock and every read (the redelivery check and the roster's "is this a supervisor?" among them); then
/// every write with COMMIT. Its replies' sent marks join one statement with the other marks waiting (on PostgreSQL a sent
/// row is deleted).
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class PostgresTurnRoundTripsTests(PostgresFixture fixture) : BotHostTestBase
{
    [PostgresFact]
    public async Task ATurnInAService_ReadsWithTheLock_AndWritesWithTheCommit()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = Host(connectionString);
        using var client = host.CreateClient();
        foreach (var text in new[] { "hola", "nueva atención", "llegó otro cliente" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), text), ValidToken())).StatusCode);
        }

        var marks = host.Services.GetRequiredService<OutboxSentMarks>();
        await marks.FlushAsync();
        using var trips = new NpgsqlRoundTrips(connectionString);
        var response = await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await marks.FlushAsync();
        var sent = OfTheTurns(trips);
        var because = string.Join(Environment.NewLine + "---" + Environment.NewLine, sent);
        Assert.True(sent.Count == 3, because);
        var begin = sent[0];
        Assert.True(begin.StartsWith("BEGIN", StringComparison.Ordinal) && begin.Contains("pg_advisory_xact_lock", StringComparison.Ordinal), because);
        Assert.True(begin.Contains("FROM processed_activities", StringComparison.Ordinal) && begin.Contains("FROM roster_supervisors", StringComparison.Ordinal), because);
        Assert.True(begin.Contains("FROM state_items", StringComparison.Ordinal) && begin.Contains("FROM service_sessions", StringComparison.Ordinal), because);
        var commit = sent[1];
        Assert.True(commit.EndsWith("COMMIT", StringComparison.Ordinal), because);
        Assert.True(commit.Contains("UPDATE state_items", StringComparison.Ordinal) && commit.Contains("INSERT INTO scheduled_messages", StringComparison.Ordinal), because);
        Assert.True(commit.Contains("INSERT INTO outbox", StringComparison.Ordinal) && commit.Contains("INSERT INTO processed_activities", StringComparison.Ordinal), because);
        Assert.True(sent[2].StartsWith("DELETE FROM outbox", StringComparison.Ordinal), because);
    }

    [PostgresFact]
    public async Task ANewLiveCard_HasItsIdRecordedInOneStatement_AfterItsSend()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = Host(connectionString);
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken())).StatusCode);
        var marks = host.Services.GetRequiredService<OutboxSentMarks>();
        await marks.FlushAsync();

        using var trips = new NpgsqlRoundTrips(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"), ValidToken())).StatusCode);
        await marks.FlushAsync();

        // The turn's two, the card's message id (an upsert: the latest send wins, nothing to read first), the sent marks.
        var sent = OfTheTurns(trips);
        var because = string.Join(Environment.NewLine + "---" + Environment.NewLine, sent);
        Assert.True(sent.Count == 4, because);
        Assert.True(sent[2].StartsWith("INSERT INTO state_items", StringComparison.Ordinal) && sent[2].Contains("DO UPDATE", StringComparison.Ordinal), because);
        Assert.True(sent[3].StartsWith("DELETE FROM outbox", StringComparison.Ordinal), because);
    }

    [PostgresFact]
    public async Task TheInstall_SavesItsReference_WithItsWelcomeRecord()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = Host(connectionString);
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        using var trips = new NpgsqlRoundTrips(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.BotAdded(Channel.ServiceUrl()), ValidToken())).StatusCode);

        // The welcome's own record keeps a redelivery silent: no processed-activity record is looked up or written. (Not
        // a count, and not any statement naming the table: the start's retention purge may still be deleting beside it.)
        var sent = OfTheTurns(trips);
        var because = string.Join(Environment.NewLine + "---" + Environment.NewLine, sent);
        // The reference and the welcome record in one round trip and one commit (an implicit transaction).
        Assert.Single(sent, trip => trip.Contains("INSERT INTO conversation_references", StringComparison.Ordinal));
        Assert.Single(sent, trip => trip.Contains("INSERT INTO state_items", StringComparison.Ordinal));
        Assert.Single(sent, trip => trip.Contains("INSERT INTO conversation_references", StringComparison.Ordinal) && trip.Contains("INSERT INTO state_items", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, trip => trip.Contains("SELECT invoke_status AS InvokeStatus", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, trip => trip.Contains("INSERT INTO processed_activities", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task ARedelivery_IsFoundInTheTurnsFirstRead_AndRunsNothing()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = Host(connectionString);
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken())).StatusCode);
        var activity = TestActivities.Message(Channel.ServiceUrl(), "nueva atención");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(activity, ValidToken())).StatusCode);
        await host.Services.GetRequiredService<OutboxSentMarks>().FlushAsync();
        var calls = Channel.Calls.Count;

        using var trips = new NpgsqlRoundTrips(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(activity, ValidToken())).StatusCode);

        var sent = OfTheTurns(trips);
        var because = string.Join(Environment.NewLine + "---" + Environment.NewLine, sent);
        Assert.True(sent.Count == 2, because);
        Assert.True(sent[0].Contains("pg_advisory_xact_lock", StringComparison.Ordinal) && sent[0].Contains("FROM processed_activities", StringComparison.Ordinal), because);
        Assert.Equal("ROLLBACK", sent[1]);
        Assert.Equal(calls, Channel.Calls.Count);
    }

    private ServiceBotApplication Host(string connectionString) => new ServiceBotApplication(Channel, AppId, Entra)
        .WithSetting("Storage:Provider", "Postgres")
        .WithSetting("Storage:ConnectionString", connectionString)
        .WithSetting("Outbox:PollInterval", "01:00:00");

    /// <summary>What was sent, without the content follower's poll of the live revision (a timer's, not a turn's).</summary>
    private static List<string> OfTheTurns(NpgsqlRoundTrips trips) =>
        [.. trips.Sent.Where(trip => !trip.Contains("FROM content_live", StringComparison.Ordinal))];

    [Fact]
    public void TheActiveSessionId_IsStoredUnderThePropertyTheTurnReadsItFrom()
    {
        var json = CoachingStateStore.ToJson(CoachingState.Initial with { ActiveSessionId = "s-1" });

        Assert.Contains($"\"{CoachingStateStore.ActiveSessionIdProperty}\":\"s-1\"", json, StringComparison.Ordinal);
    }
}
