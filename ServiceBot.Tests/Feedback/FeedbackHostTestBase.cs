using System.Text.Json.Nodes;
using ServiceBot.Feedback;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// The whole host with a hand-moved clock and a roster: agent Ana in team "mostrador", supervised by Sofía (who has
/// talked to the bot once she posts). Ana ends a service in Teams and gets the survey link; customers open it over
/// the real web endpoints.
/// </summary>
public abstract class FeedbackHostTestBase : ProactiveHostTestBase
{
    private string? lastLink;

    public const string AgentUserId = "29:agent-ana";
    public const string AgentConversationId = "a:1anaPersonal";
    public const string TeamId = "mostrador";

    /// <summary>Carlos, a colleague Ana serves (an internal customer in Teams).</summary>
    public const string CustomerId = "29:customer-carlos";
    public const string CustomerAadObjectId = "00000000-0000-0000-0000-0000000000cc";
    public const string OtherId = "29:colleague-luis";

    protected virtual int PermitsPerMinute => 1000;

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        WithRoster(base.CreateApplication(channel), PermitsPerMinute);

    internal static ServiceBotApplication WithRoster(ServiceBotApplication app, int permitsPerMinute = 1000) => app
        .WithSetting("Roster:Teams:0:Id", TeamId)
        .WithSetting("Roster:Teams:0:Name", "Mostrador")
        .WithSetting("Roster:Teams:0:Agents:0", AgentAadObjectId)
        .WithSetting("Roster:Teams:0:Supervisors:0", SupervisorAadObjectId)
        .WithSetting("Feedback:PermitsPerMinute", permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A message from the agent in her 1:1 chat with the bot.</summary>
    protected JsonObject AgentMessage(string text, string locale = "es-MX")
    {
        var message = TestActivities.Message(Channel.ServiceUrl(), text, locale, id: Guid.NewGuid().ToString("N"));
        message["from"] = new JsonObject { ["id"] = AgentUserId, ["name"] = "Ana López", ["aadObjectId"] = AgentAadObjectId };
        message["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = ServiceBotApplication.TestTenantId,
            ["id"] = AgentConversationId,
        };
        return message;
    }

    /// <summary>A message from anyone in a Teams chat of <paramref name="conversationType"/> (<c>personal</c>, <c>groupChat</c>).</summary>
    protected JsonObject MessageIn(string conversationId, string conversationType, string userId, string name, string? aadObjectId, string text) =>
        InTeamsChat(TestActivities.Message(Channel.ServiceUrl(), text, "es-MX", id: Guid.NewGuid().ToString("N")), conversationId, conversationType, userId, name, aadObjectId);

    /// <summary>
    /// The agent starts and ends a service, presses "Encuesta" on the closed card and then "Enlace y código QR"; returns
    /// the survey link the link card carries.
    /// </summary>
    protected async Task<string> EndServiceAsync(string locale = "es-MX", params JsonObject[] during)
    {
        await PostAsync(AgentMessage("nueva atención", locale));
        foreach (var activity in during)
        {
            await PostAsync(activity);
        }

        var sessionId = await EndAndFindSurveyOfferAsync(AgentMessage("terminar atención", locale));
        var choice = await InvokeAsync(CardPress(AgentMessage("", locale), FeedbackVerbs.Offer, sessionId));
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)choice["type"]);
        var linkCard = await InvokeAsync(CardPress(AgentMessage("", locale), FeedbackVerbs.Link, sessionId));
        LastLinkCard = linkCard["value"];
        lastLink = LinkIn(LastLinkCard!)!;
        return lastLink;
    }

    /// <summary>The link card the last <see cref="EndServiceAsync"/> got.</summary>
    protected JsonNode? LastLinkCard { get; private set; }

    /// <summary>The JSON as written, without escaping non-ASCII letters, for searching texts in it.</summary>
    protected static string Plain(JsonNode? node) =>
        node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";

    /// <summary>Posts the message that ends a service; returns the session id the closed card's "Encuesta" carries.</summary>
    protected async Task<string> EndAndFindSurveyOfferAsync(JsonObject endMessage)
    {
        var before = Channel.Calls.Count;
        var after = await PostAsync(endMessage);
        return Channel.Calls.Skip(before).Take(after - before).Select(SurveyOfferIn).Last(id => id is not null)!;
    }

    /// <summary>The <c>sessionId</c> of an "Encuesta" button on the card this call carried.</summary>
    protected static string? SurveyOfferIn(ConnectorCall call) =>
        CardIn(call) is { } card ? FindAction(card, FeedbackVerbs.Offer)?["data"]?[FeedbackVerbs.SessionProperty]?.GetValue<string>() : null;

    protected static JsonNode? CardIn(ConnectorCall call)
    {
        var attachments = call.Activity.Attachments;
        return attachments is null || attachments.Count == 0 || attachments[0].Content is not { } content ? null : JsonNode.Parse(content.GetRawText());
    }

    protected static JsonNode? FindAction(JsonNode? node, string verb) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Action.Execute" && (string?)obj["verb"] == verb => obj,
        JsonObject obj => obj.Select(pair => FindAction(pair.Value, verb)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(item => FindAction(item, verb)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>Turns <paramref name="from"/> (a message) into an Action.Execute invoke of <paramref name="verb"/> with the session id and inputs.</summary>
    protected static JsonObject CardPress(JsonObject from, string verb, string sessionId, string trigger = "manual", params (string Name, string Value)[] inputs)
    {
        var data = new JsonObject { ["verb"] = verb, [FeedbackVerbs.SessionProperty] = sessionId };
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        from["type"] = "invoke";
        from["name"] = "adaptiveCard/action";
        from.Remove("text");
        from["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        };
        return from;
    }

    /// <summary>Posts an invoke; returns the body of its response (statusCode, type, value).</summary>
    protected async Task<JsonNode> InvokeAsync(JsonObject activity)
    {
        var response = await Client.PostAsync(activity, AppId is null ? null : ValidToken());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    protected static string? LinkIn(JsonNode card) =>
        card["actions"]?.AsArray().FirstOrDefault(a => (string?)a?["type"] == "Action.OpenUrl")?["url"]?.GetValue<string>();

    protected static string? LinkIn(ConnectorCall call) => CardIn(call) is { } card ? LinkIn(card) : null;

    protected static string PathOf(string link) => new Uri(link).PathAndQuery;

    protected static string TokenOf(string link) => link[(link.LastIndexOf('/') + 1)..];

    protected async Task<FeedbackResponse?> AnswerOfLastSessionAsync()
    {
        var invitation = await LastInvitationAsync();
        return await Service<IFeedbackStore>().GetBySessionAsync(invitation.ServiceSessionId);
    }

    protected async Task<SurveyInvitation> LastInvitationAsync(string? link = null)
    {
        link ??= lastLink;
        var hash = SurveyToken.TryHash(TokenOf(link!))!;
        return (await Service<ISurveyInvitationStore>().FindAsync(hash))!;
    }

}
