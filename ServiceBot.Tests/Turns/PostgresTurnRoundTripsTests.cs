using System.Net;
using ServiceBot.Dialogs;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Postgres;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// How a typed turn talks to PostgreSQL, on a real server through the real host and a loopback channel: each command
/// or batch Npgsql sends is one round trip, counted from Npgsql's own tracing of the test's database. The turn's
/// transaction takes two: BEGIN, the lock and every read; then every write with COMMIT.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class PostgresTurnRoundTripsTests(PostgresFixture fixture) : BotHostTestBase
{
    [PostgresFact]
    public async Task ATurnInAService_ReadsWithTheLock_AndWritesWithTheCommit()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = new ServiceBotApplication(Channel, AppId, Entra)
            .WithSetting("Storage:Provider", "Postgres")
            .WithSetting("Storage:ConnectionString", connectionString)
            .WithSetting("Outbox:PollInterval", "01:00:00");
        using var client = host.CreateClient();
        foreach (var text in new[] { "hola", "nueva atención", "llegó otro cliente" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), text), ValidToken())).StatusCode);
        }

        using var trips = new NpgsqlRoundTrips(connectionString);
        var response = await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = trips.Sent;
        var because = string.Join(Environment.NewLine + "---" + Environment.NewLine, sent);
        var begin = Assert.Single(sent, trip => trip.Contains("pg_advisory_xact_lock", StringComparison.Ordinal));
        Assert.True(begin.StartsWith("BEGIN", StringComparison.Ordinal), because);
        Assert.True(begin.Contains("FROM state_items", StringComparison.Ordinal) && begin.Contains("FROM service_sessions", StringComparison.Ordinal), because);
        var commit = Assert.Single(sent, trip => trip.Contains("COMMIT", StringComparison.Ordinal));
        Assert.True(commit.Contains("UPDATE state_items", StringComparison.Ordinal) && commit.Contains("INSERT INTO scheduled_messages", StringComparison.Ordinal), because);
        Assert.True(commit.Contains("INSERT INTO outbox", StringComparison.Ordinal) && commit.Contains("INSERT INTO processed_activities", StringComparison.Ordinal), because);
        Assert.DoesNotContain(sent.Except([begin, commit]), trip => trip.Contains("state_items", StringComparison.Ordinal) || trip.Contains("service_sessions", StringComparison.Ordinal));
    }

    [Fact]
    public void TheActiveSessionId_IsStoredUnderThePropertyTheTurnReadsItFrom()
    {
        var json = CoachingStateStore.ToJson(CoachingState.Initial with { ActiveSessionId = "s-1" });

        Assert.Contains($"\"{CoachingStateStore.ActiveSessionIdProperty}\":\"s-1\"", json, StringComparison.Ordinal);
    }
}
