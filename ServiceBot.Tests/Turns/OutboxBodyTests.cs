using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// A reply's card is serialised once: the Connector call's body is the outbox row's stored JSON, byte for byte for a
/// send and with the replaced message's id added for an update; on SQLite it is stored as text (whole host, SQLite,
/// loopback channel).
/// </summary>
public sealed class OutboxBodyTests : ProactiveHostTestBase
{
    // The tests read the rows the turn sent; a sent mark deletes its row, and the 20 ms batch could do so before the
    // read on a busy machine. The marks here wait an hour (until the host stops), so the rows are still there.
    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        Configure(new ServiceBotApplication(channel, AppId, Entra)
        {
            Clock = Clock,
            TestServices = services => services.AddSingleton(provider => new ServiceBot.Proactive.OutboxSentMarks(
                provider.GetRequiredService<IOutboxStore>(),
                provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ServiceBot.Proactive.OutboxSentMarks>>()) { Window = TimeSpan.FromHours(1) }),
        });

    [Fact]
    public async Task Send_PostsTheStoredJsonAsItsBody()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"));

        var rows = await OutboxRowsAsync();
        var calls = Channel.Calls;
        Assert.Equal(rows.Count, calls.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal("send", rows[i].Kind);
            Assert.Equal(HttpMethods.Post, calls[i].Method);
            Assert.Equal(rows[i].ActivityJson, calls[i].Body);
        }

        Assert.Contains(calls, call => call.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task Update_PutsTheStoredJsonWithTheIdItReplaces()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"));
        Channel.ClearCalls();

        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "frases"));

        var update = Assert.Single(Channel.Calls, call => call.Method == HttpMethods.Put);
        var row = Assert.Single(await OutboxRowsAsync(), r => r.Kind == "update");
        Assert.EndsWith("/activities/" + row.TargetActivityId, update.Path, StringComparison.Ordinal);
        var body = JsonNode.Parse(update.Body)!.AsObject();
        Assert.Equal(row.TargetActivityId, (string?)body["id"]);
        body.Remove("id");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(row.ActivityJson), body));
        Assert.StartsWith("{\"id\":", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredJson_IsTextInTheDatabase()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"));

        // SQLite is handed the JSON's UTF-8 bytes and stores them as text: the same storage class and the same JSON
        // that binding a string gave, readable by SQL and by the outbox's reads (the tests above).
        await using var connection = await Service<StorageDatabase>().OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(string StorageClass, string? Type)>(
            "SELECT typeof(activity_json), json_extract(activity_json, '$.type') FROM outbox")).ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, row => Assert.Equal(("text", "message"), row));
    }

    private async Task<IReadOnlyList<StoredRow>> OutboxRowsAsync()
    {
        await using var connection = await Service<StorageDatabase>().OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<StoredRow>(
            "SELECT kind AS Kind, target_activity_id AS TargetActivityId, activity_json AS ActivityJson FROM outbox ORDER BY created_at, sequence")];
    }

    private sealed record StoredRow(string Kind, string? TargetActivityId, string ActivityJson);
}
