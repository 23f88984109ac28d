using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Tests.Script;

public sealed class TeamsActivitiesTests
{
    private static readonly LoadScript Script = new("t", string.Empty, "es-MX", "America/Mexico_City", []);
    private static readonly ConversationIdentity Agent = ConversationIdentity.For("abc", 12);
    private readonly TeamsActivities _activities = new("http://127.0.0.1:9/amer/", "28:bot", Script, TimeProvider.System);

    [Fact]
    public void AMessage_CarriesTheAgentTenantLocaleAndLocalTime()
    {
        var message = _activities.Message(Agent, "f:12-2", "hola");

        Assert.Equal("message", (string?)message["type"]);
        Assert.Equal("hola", (string?)message["text"]);
        Assert.Equal("msteams", (string?)message["channelId"]);
        Assert.Equal(Agent.ConversationId, (string?)message["conversation"]!["id"]);
        Assert.Equal(Agent.UserId, (string?)message["from"]!["id"]);
        Assert.Equal(ConversationIdentity.TenantId, (string?)message["channelData"]!["tenant"]!["id"]);
        Assert.Equal("America/Mexico_City", (string?)message["entities"]![0]!["timezone"]);
        Assert.Equal("http://127.0.0.1:9/amer/", (string?)message["serviceUrl"]);
    }

    [Fact]
    public void Installation_AsConversationUpdate_AddsTheBot_AndAsInstallationUpdate_SaysAdd()
    {
        var update = _activities.Installed(Agent, "f:1", ScriptTurn.ConversationUpdate);
        var installation = _activities.Installed(Agent, "f:1", ScriptTurn.InstallationUpdate);

        Assert.Equal("28:bot", (string?)update["membersAdded"]![0]!["id"]);
        Assert.Equal("add", (string?)installation["action"]);
        Assert.Equal("installationUpdate", (string?)installation["type"]);
    }

    [Fact]
    public void TappingAnExecuteButton_IsAnAdaptiveCardActionInvoke_NamingTheCardsMessage()
    {
        var button = new CardButton(CardButton.Execute, "✓", "session.tick", Json("""{"verb":"session.tick","stepId":"greet"}"""));

        var tap = _activities.Tap(Agent, "f:12-5", button, "1700000000004", new Dictionary<string, string> { ["note"] = "x" });

        Assert.Equal("invoke", (string?)tap["type"]);
        Assert.Equal("adaptiveCard/action", (string?)tap["name"]);
        Assert.Equal("1700000000004", (string?)tap["replyToId"]);
        Assert.Equal("Action.Execute", (string?)tap["value"]!["action"]!["type"]);
        Assert.Equal("session.tick", (string?)tap["value"]!["action"]!["verb"]);
        Assert.Equal("greet", (string?)tap["value"]!["action"]!["data"]!["stepId"]);
        Assert.Equal("x", (string?)tap["value"]!["action"]!["data"]!["note"]);
    }

    [Fact]
    public void TappingASubmitButton_IsAMessageWithTheDataAsValue_AndTheMessageBackText()
    {
        var button = new CardButton(CardButton.Submit, "Frases", "phrases", Json("""{"verb":"phrases","msteams":{"type":"messageBack","text":"frases"}}"""));

        var tap = _activities.Tap(Agent, "f:12-5", button, "1700000000006", new Dictionary<string, string>());

        Assert.Equal("message", (string?)tap["type"]);
        Assert.Equal("frases", (string?)tap["text"]);
        Assert.Equal("1700000000006", (string?)tap["replyToId"]);
        Assert.Equal("""{"verb":"phrases"}""", tap["value"]!.ToJsonString());
    }

    [Fact]
    public void ConversationIdentities_NeverRepeat()
    {
        var identities = Enumerable.Range(0, 1000).Select(i => ConversationIdentity.For("abc", i)).ToList();

        Assert.Equal(1000, identities.Select(i => i.ConversationId).Distinct().Count());
        Assert.Equal(1000, identities.Select(i => i.UserId).Distinct().Count());
        Assert.Equal(1000, identities.Select(i => i.AadObjectId).Distinct().Count());
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
