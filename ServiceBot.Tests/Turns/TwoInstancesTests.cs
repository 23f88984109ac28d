using System.Net;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// Two ServiceBot hosts on one real PostgreSQL database, with one loopback channel: a conversation's turns split
/// across them lose and duplicate nothing, and one activity delivered to both runs once.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class TwoInstancesTests(PostgresFixture fixture) : BotHostTestBase
{
    private const int Arrivals = 10;

    [PostgresFact]
    public async Task ConcurrentArrivals_SplitAcrossInstances_AreAllCountedWithTheirReminders()
    {
        var (first, second) = await StartTwoAsync();
        await using (first)
        await using (second)
        {
            using var a = first.CreateClient();
            using var b = second.CreateClient();

            var responses = await Task.WhenAll(Enumerable.Range(0, Arrivals).Select(i =>
                (i % 2 == 0 ? a : b).PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"), ValidToken())));

            Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
            var session = await TurnCommitHost.ActiveSessionAsync(first);
            Assert.Equal(Arrivals, session.WaitingCustomers.Count);
            Assert.Equal(Arrivals * TurnCommitHost.Thresholds(first), (await TurnCommitHost.PendingRemindersAsync(second, session.Id)).Count);
        }
    }

    [PostgresFact]
    public async Task SameActivity_DeliveredToBothInstances_IsProcessedOnce()
    {
        var (first, second) = await StartTwoAsync();
        await using (first)
        await using (second)
        {
            using var a = first.CreateClient();
            using var b = second.CreateClient();
            await a.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"), ValidToken());
            var before = Channel.Calls.Count;
            var arrival = TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente");

            var responses = await Task.WhenAll(a.PostAsync(arrival, ValidToken()), b.PostAsync(arrival, ValidToken()));

            Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
            var session = await TurnCommitHost.ActiveSessionAsync(second);
            Assert.Equal(2, session.WaitingCustomers.Count);
            Assert.Equal(2 * TurnCommitHost.Thresholds(first), (await TurnCommitHost.PendingRemindersAsync(first, session.Id)).Count);
            Assert.Single(Channel.Calls.Skip(before));
        }
    }

    private async Task<(ServiceBotApplication First, ServiceBotApplication Second)> StartTwoAsync()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        return (OnPostgres(connectionString), OnPostgres(connectionString));
    }

    private ServiceBotApplication OnPostgres(string connectionString) => new ServiceBotApplication(Channel, AppId, Entra)
        .WithSetting("Storage:Provider", "Postgres")
        .WithSetting("Storage:ConnectionString", connectionString)
        .WithSetting("Outbox:PollInterval", "01:00:00");
}
