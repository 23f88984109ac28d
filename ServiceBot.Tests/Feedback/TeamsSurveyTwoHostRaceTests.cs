using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// Two instances on one PostgreSQL database, the Teams survey's "Enviar" (an <c>adaptiveCard/action</c> invoke with
/// real signed channel tokens) delivered to both at once and double-clicked on one: one answer stored, one summary
/// queued for the agent, and every invoke answered 200 with a card (the thanks, or "already received"), never a 500.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class TeamsSurveyTwoHostRaceTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const string SessionId = "teams-race-1";
    private const string CustomerId = FeedbackHostTestBase.CustomerId;
    private const string CustomerAadObjectId = FeedbackHostTestBase.CustomerAadObjectId;
    private const string ChatId = "19:chat-ana-carlos@thread.v2";

    private FakeChannelServer channel = null!;
    private FakeTokenEndpoint entra = null!;
    private string? connectionString;

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        entra = await FakeTokenEndpoint.StartAsync();
        BotHostTestBase.PublishTeamsKeys(channel);

        if (PostgresTestEnvironment.SkipReason is null)
        {
            connectionString = await fixture.CreateDatabaseAsync();
        }
    }

    [PostgresFact]
    public async Task SameSubmitOnTwoHostsAndADoubleClick_IsStoredOnce_WithOneSummary_AndEveryInvokeAnswered()
    {
        await using var first = Host();
        await using var second = Host();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var now = TimeProvider.System.GetUtcNow();
        await first.Services.GetRequiredService<ISurveyInvitationStore>().CreateAsync(new SurveyInvitation
        {
            TokenHash = SurveyToken.New().Hash, ServiceSessionId = SessionId, AgentId = FeedbackHostTestBase.AgentUserId,
            ConversationId = FeedbackHostTestBase.AgentConversationId, Language = Language.Spanish, CreatedAt = now, ExpiresAt = now.AddHours(1),
            CustomerId = CustomerId, CustomerObjectId = CustomerAadObjectId, CustomerName = "Carlos Ruiz", CustomerConversationId = ChatId,
        });

        var responses = await Task.WhenAll(
            PostAsync(firstClient, Submit("5")),
            PostAsync(secondClient, Submit("5")),
            PostAsync(firstClient, Submit("5")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.All(responses, response => Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response.Body["type"]));
        var texts = first.Services.GetRequiredService<ITextCatalog>();
        Assert.Single(responses, response => Says(response.Body, texts.Get(FeedbackTextKeys.TeamsThanks, Language.Spanish)));
        Assert.Equal(2, responses.Count(response => Says(response.Body, texts.Get(TextKeys.ErrorSurveyAlreadyAnswered, Language.Spanish))));

        var answers = await first.Services.GetRequiredService<IFeedbackStore>().QueryAsync(new FeedbackQuery(now.AddHours(-1), now.AddHours(1)));
        Assert.Single(answers);
        var summaries = await second.Services.GetRequiredService<IScheduledMessageStore>().ListPendingAsync($"feedback/{SessionId}/");
        Assert.Single(summaries);
    }

    private ServiceBotApplication Host() => new ServiceBotApplication(channel, ServiceBotApplication.TestAppId, entra)
        .WithSetting("Storage:Provider", "Postgres")
        .WithSetting("Storage:ConnectionString", connectionString)
        .WithSetting("Proactive:PollInterval", "01:00:00");

    /// <summary>Carlos's "Enviar" on the survey card in the group chat, as its own invoke (a new activity id each time).</summary>
    private JsonObject Submit(string rating)
    {
        var invoke = TestActivities.Message(channel.ServiceUrl(), "", "es-MX", id: Guid.NewGuid().ToString("N"));
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = "card-1";
        invoke["from"] = new JsonObject { ["id"] = CustomerId, ["name"] = "Carlos Ruiz", ["aadObjectId"] = CustomerAadObjectId };
        invoke["conversation"] = new JsonObject
        {
            ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = ServiceBotApplication.TestTenantId, ["id"] = ChatId,
        };
        var data = new JsonObject { ["verb"] = FeedbackVerbs.Submit, [FeedbackVerbs.SessionProperty] = SessionId, [SurveyFormCard.RatingInput] = rating };
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = FeedbackVerbs.Submit, ["data"] = data },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(HttpClient client, JsonObject activity)
    {
        var token = TokenFactory.ChannelToken(channel.ChannelKeys[0], ServiceBotApplication.TestAppId, channel.ServiceUrl());
        var response = await client.PostAsync(activity, token);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body is { Length: > 0 } ? body : "{}")!);
    }

    private static bool Says(JsonNode body, string text) =>
        body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Contains(text, StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        await entra.DisposeAsync();
        if (connectionString is not null)
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }
}
