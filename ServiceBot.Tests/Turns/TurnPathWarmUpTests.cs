using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ServiceBot.Hosting;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Turns;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// The start's rehearsal of a whole conversation on the real host (SQLite file or PostgreSQL, loopback channel): the
/// install, the typed messages and the press of the last card's first button take the routes a real conversation's
/// take, the later turns run on the earlier turns' state (the press finds a card to press, the live card is updated in
/// place), and nothing is kept or sent: no row in any table a turn writes, no call to the channel.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class TurnPathWarmUpTests(PostgresFixture fixture) : BotHostTestBase
{
    private static readonly string[] TurnTables =
        ["state_items", "service_sessions", "scheduled_messages", "processed_activities", "outbox", "conversation_references", "understanding_misses"];

    private static readonly string[] ExpectedRoutes =
        ["welcome.botAdded", "message.supervisor", "message.supervisor", "message.supervisor", "card.coaching"];

    [Fact]
    public async Task TheRehearsal_RunsTheWholeConversation_AndLeavesNoTrace_OnSqlite()
    {
        var rehearsal = await RehearseAsync(App, Client);

        AssertWholeConversation(rehearsal);
        var file = Path.Combine(App.DataFolder, StorageOptions.SqliteFileName);
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await AssertNoRowsAsync(connection);
        Assert.Empty(Channel.Calls);
    }

    [PostgresFact]
    public async Task TheRehearsal_RunsTheWholeConversation_AndLeavesNoTrace_OnPostgres()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var host = new ServiceBotApplication(Channel, AppId, Entra)
            .WithSetting("Storage:Provider", "Postgres")
            .WithSetting("Storage:ConnectionString", connectionString);
        using var client = host.CreateClient();

        var rehearsal = await RehearseAsync(host, client);

        AssertWholeConversation(rehearsal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await AssertNoRowsAsync(connection);
        Assert.Empty(Channel.Calls);
    }

    /// <summary>Once the classifier is in (the last message needs it; the test host turns the start's own warm-up off).</summary>
    private static async Task<TurnPathRehearsal> RehearseAsync(ServiceBotApplication host, HttpClient client)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(5);
        while ((await client.GetAsync(ReadinessEndpoint.Path)).StatusCode != HttpStatusCode.OK && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(100);
        }

        return await host.Services.GetRequiredService<TurnPathWarmUp>().RunAsync(CancellationToken.None);
    }

    private static void AssertWholeConversation(TurnPathRehearsal rehearsal)
    {
        Assert.Equal(ExpectedRoutes, rehearsal.Routes);
        Assert.True(rehearsal.Sent >= TurnPathWarmUp.Messages.Count, $"sent {rehearsal.Sent}: the welcome card and each message's replies");
        Assert.True(rehearsal.Updated >= 1, "a later turn updates the live card an earlier turn sent");
    }

    private static async Task AssertNoRowsAsync(System.Data.Common.DbConnection connection)
    {
        foreach (var table in TurnTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            Assert.Equal((table, 0L), (table, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
