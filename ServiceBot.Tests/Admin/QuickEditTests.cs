using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.Admin;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Content.Revisions;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Admin;

/// <summary>
/// Quick edits in Teams over the real HTTP pipeline with signed channel tokens: an admin of the roster types "editar
/// frase", picks a greeting, previews and publishes it; the next agent gets it. Not admins are refused; an invalid
/// text shows the validator's file:line message and publishes nothing; a stale card is refused as a conflict.
/// </summary>
public sealed class QuickEditTests : ProactiveHostTestBase
{
    private const string AdminAadObjectId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Phrase = "greeting-morning-1";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override ServiceBotApplication CreateApplication(Fixtures.FakeChannelServer channel) =>
        base.CreateApplication(channel).WithSetting("Roster:Admins:0", AdminAadObjectId);

    [Fact]
    public async Task Admin_EditsAGreetingFromTheChat_PreviewsIt_AndTheNextAgentGetsIt()
    {
        var calls = await PostAsync(AdminMessage("editar frase"));
        var picker = CardOf(Channel.Calls[calls - 1]);
        Assert.Contains("moment:Greeting", picker.ToJsonString(Readable), StringComparison.Ordinal);

        var items = await PressAsync(QuickEditCard.GroupVerb, ("group", "moment:Greeting"));
        Assert.Contains("phrase:" + Phrase, items.ToJsonString(Readable), StringComparison.Ordinal);

        var edit = await PressAsync(QuickEditCard.ItemVerb, ("item", "phrase:" + Phrase));
        var parent = Data(edit, "parent");
        Assert.Equal("Buenos días, ¿en qué le puedo servir?", InputValue(edit, "es"));

        var preview = await PressAsync(QuickEditCard.PreviewVerb, ("item", "phrase:" + Phrase), ("parent", parent),
            ("es", "¡Buenos días! ¿En qué le puedo ayudar hoy?"), ("en", "Good morning! How can I help you today?"));
        var previewJson = preview.ToJsonString(Readable);
        Assert.Contains("Así lo verá el agente", previewJson, StringComparison.Ordinal);
        Assert.Contains("“¡Buenos días! ¿En qué le puedo ayudar hoy?”", previewJson, StringComparison.Ordinal);
        Assert.Contains("Sin errores", previewJson, StringComparison.Ordinal);
        Assert.Equal("Buenos días, ¿en qué le puedo servir?", Service<ContentStore>().Current.Phrases.Find(Phrase)!.Text.Es);

        var done = await PressAsync(QuickEditCard.PublishVerb, ("item", "phrase:" + Phrase), ("parent", parent),
            ("es", "¡Buenos días! ¿En qué le puedo ayudar hoy?"), ("en", "Good morning! How can I help you today?"));
        Assert.Contains("Publicado como revisión", done.ToJsonString(Readable), StringComparison.Ordinal);

        Assert.Equal("¡Buenos días! ¿En qué le puedo ayudar hoy?", Service<ContentStore>().Current.Phrases.Find(Phrase)!.Text.Es);
        var live = await Service<IContentRevisionStore>().GetLiveIdAsync();
        var revision = await Service<IContentRevisionStore>().GetAsync(live!.Value);
        Assert.Equal(ContentOrigin.Teams, revision!.Origin);
        Assert.Equal(long.Parse(parent, System.Globalization.CultureInfo.InvariantCulture), revision.Parent);
        Assert.Contains(AdminAadObjectId, revision.Author, StringComparison.Ordinal);

        // The same card pressed again starts from a revision that is no longer live: refused, nothing published.
        var stale = await PressAsync(QuickEditCard.PublishVerb, ("item", "phrase:" + Phrase), ("parent", parent),
            ("es", "Buenos días, pase usted."), ("en", "Good morning, come in."));
        Assert.Contains("alguien más publicó", stale.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal(live, await Service<IContentRevisionStore>().GetLiveIdAsync());
    }

    [Fact]
    public async Task InvalidText_ShowsTheValidatorsMessage_AndPublishesNothing()
    {
        var edit = await PressAsync(QuickEditCard.ItemVerb, ("item", "phrase:" + Phrase));
        var parent = Data(edit, "parent");
        var live = await Service<IContentRevisionStore>().GetLiveIdAsync();

        var refused = await PressAsync(QuickEditCard.PublishVerb, ("item", "phrase:" + Phrase), ("parent", parent),
            ("es", "Buenos días, {nombre}."), ("en", "Good morning."));

        var json = refused.ToJsonString(Readable);
        Assert.Contains("No se puede publicar", json, StringComparison.Ordinal);
        Assert.Matches(@"phrases/greeting\.yaml:\d+:\d+", json);
        Assert.Equal(live, await Service<IContentRevisionStore>().GetLiveIdAsync());
        Assert.Equal("Buenos días, ¿en qué le puedo servir?", Service<ContentStore>().Current.Phrases.Find(Phrase)!.Text.Es);
    }

    [Fact]
    public async Task APlaybookStep_IsEditedTheSameWay()
    {
        var items = await PressAsync(QuickEditCard.GroupVerb, ("group", "playbook:angry"));
        Assert.Contains("step:angry/angry-hear", items.ToJsonString(Readable), StringComparison.Ordinal);
        var edit = await PressAsync(QuickEditCard.ItemVerb, ("item", "step:angry/angry-hear"));
        var parent = Data(edit, "parent");

        var done = await PressAsync(QuickEditCard.PublishVerb, ("item", "step:angry/angry-hear"), ("parent", parent),
            ("es", "Déjelo hablar sin interrumpir."), ("en", "Let them talk without interrupting."));

        Assert.Contains("Publicado", done.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal("Déjelo hablar sin interrumpir.", Service<ContentStore>().Current.PlaybooksById["angry"].Steps[0].Do.Es);
    }

    [Fact]
    public async Task NotAnAdmin_IsToldPlainly_ByTypingOrByPressing()
    {
        var calls = await PostAsync(AgentMessage("editar frase"));
        var said = Channel.Calls[calls - 1].Activity.Text;
        var pressed = await PostInvokeAsync(AgentAadObjectId, QuickEditCard.PublishVerb, ("item", "phrase:" + Phrase), ("parent", "1"), ("es", "x"), ("en", "y"));

        Assert.Contains("Solo los administradores", said, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", pressed.GetProperty("type").GetString());
        Assert.Contains("Solo los administradores", pressed.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("Buenos días, ¿en qué le puedo servir?", Service<ContentStore>().Current.Phrases.Find(Phrase)!.Text.Es);
    }

    [Theory]
    [InlineData("editar frase", true)]
    [InlineData("Editar una frase, por favor", true)]
    [InlineData("quiero cambiar un paso", true)]
    [InlineData("edit phrase", true)]
    [InlineData("change a step please", true)]
    [InlineData("frases", false)]
    [InlineData("frases de saludo", false)]
    [InlineData("el cliente quiere que le cambie la frase del contrato que firmó ayer", false)]
    public void Command_IsAShortRequestToEditAPhraseOrStep(string text, bool expected) =>
        Assert.Equal(expected, QuickEditCommand.Matches(text));

    private JsonObject AdminMessage(string text)
    {
        var message = SupervisorMessage(userId: "29:admin", aadObjectId: AdminAadObjectId, conversationId: "a:1adminPersonal");
        message["text"] = text;
        message["from"]!["name"] = "Alma Admin";
        return message;
    }

    private JsonObject AgentMessage(string text)
    {
        var message = SupervisorMessage(userId: "29:agent", aadObjectId: AgentAadObjectId, conversationId: "a:1agentPersonal");
        message["text"] = text;
        return message;
    }

    private async Task<JsonObject> PressAsync(string verb, params (string Name, string Value)[] data)
    {
        var body = await PostInvokeAsync(AdminAadObjectId, verb, data);
        Assert.Equal(Attachment.AdaptiveCardContentType, body.GetProperty("type").GetString());
        return JsonNode.Parse(body.GetProperty("value").GetRawText())!.AsObject();
    }

    private async Task<JsonElement> PostInvokeAsync(string aadObjectId, string verb, params (string Name, string Value)[] data)
    {
        var values = new JsonObject { ["verb"] = verb };
        foreach (var (name, value) in data)
        {
            values[name] = value;
        }

        var invoke = TestActivities.Invoke(Channel.ServiceUrl(), "adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = values },
            ["trigger"] = "manual",
        });
        var from = aadObjectId == AdminAadObjectId ? AdminMessage("x") : AgentMessage("x");
        invoke["from"] = from["from"]!.DeepClone();
        invoke["conversation"] = from["conversation"]!.DeepClone();
        var response = await Client.PostAsync(invoke, ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonObject CardOf(ConnectorCall call) =>
        JsonNode.Parse(call.Activity.Attachments![0].Content!.Value.GetRawText())!.AsObject();

    private static string Data(JsonObject card, string name) =>
        card["actions"]!.AsArray().Select(a => a!["data"]?[name]?.GetValue<string>()).First(v => v is not null)!;

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().FirstOrDefault(e => (string?)e!["id"] == id)?["value"]?.GetValue<string>();
}
