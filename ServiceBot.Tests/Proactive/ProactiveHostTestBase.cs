using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

/// <summary>
/// The whole host with a hand-moved clock, two configured supervisors who have talked to the bot (once they post) and
/// one who never has, and a dispatcher that only runs when a test calls it (its own poll is an hour away).
/// </summary>
public abstract class ProactiveHostTestBase : BotHostTestBase
{
    public const string AgentAadObjectId = "00000000-0000-0000-0000-0000000000aa";
    public const string SupervisorAadObjectId = "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c";
    public const string OtherSupervisorAadObjectId = "3d0e8b4f-2a5c-4f9b-8d7e-6c8f9a0b1c2d";
    public const string AbsentSupervisorAadObjectId = "4e1f9c5a-3b6d-4a0c-9e8f-7d9a0b1c2d3e";
    public const string SupervisorUserId = "29:supervisor-1";
    public const string SupervisorConversationId = "a:1supervisorPersonal";

    protected ManualTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected virtual bool KeepDataFolder => false;

    protected T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        Configure(new ServiceBotApplication(channel, AppId, Entra) { Clock = Clock, KeepDataFolder = KeepDataFolder });

    protected static ServiceBotApplication Configure(ServiceBotApplication app) => app
        .WithSetting("Proactive:PollInterval", "01:00:00")
        .WithSetting("Proactive:Supervisors:0", SupervisorAadObjectId)
        .WithSetting("Proactive:Supervisors:1", OtherSupervisorAadObjectId)
        .WithSetting("Proactive:Supervisors:2", AbsentSupervisorAadObjectId);

    /// <summary>Posts an activity with a valid channel token; returns how many Connector calls the channel had then.</summary>
    protected async Task<int> PostAsync(JsonObject activity)
    {
        var response = await Client.PostAsync(activity, AppId is null ? null : ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Channel.Calls.Count;
    }

    /// <summary>A message from a supervisor in their own 1:1 chat (or another conversation).</summary>
    protected JsonObject SupervisorMessage(
        string userId = SupervisorUserId,
        string aadObjectId = SupervisorAadObjectId,
        string conversationId = SupervisorConversationId,
        string conversationType = "personal")
        => InTeamsChat(TestActivities.Message(Channel.ServiceUrl(), "hola"), conversationId, conversationType, userId, "Sofía Ramos", aadObjectId);

    /// <summary>The activity as sent by <paramref name="userId"/> in a Teams chat of <paramref name="conversationType"/> (<c>personal</c>, <c>groupChat</c>).</summary>
    protected static JsonObject InTeamsChat(JsonObject activity, string conversationId, string conversationType, string userId, string name, string? aadObjectId)
    {
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = aadObjectId };
        activity["conversation"] = new JsonObject
        {
            ["conversationType"] = conversationType,
            ["isGroup"] = conversationType != "personal",
            ["tenantId"] = ServiceBotApplication.TestTenantId,
            ["id"] = conversationId,
        };
        return activity;
    }

    protected static string ActivitiesPath(string conversationId) =>
        $"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    /// <summary>The call carried the bot's own app token, issued by Entra for this app id.</summary>
    protected async Task AssertBotTokenAsync(ConnectorCall call)
    {
        Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal);
        var validation = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(
            call.Authorization!["Bearer ".Length..],
            new Microsoft.IdentityModel.Tokens.TokenValidationParameters
            {
                ValidAudience = "https://api.botframework.com",
                ValidateIssuer = false,
                IssuerSigningKey = Entra.SigningKey.SecurityKey,
            });
        Assert.True(validation.IsValid);
        Assert.Equal(ServiceBotApplication.TestAppId, validation.Claims["appid"]);
    }
}
