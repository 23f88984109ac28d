using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.DirectLine;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;

namespace ServiceBot.Tests.BotFramework.DirectLine;

public sealed class WebChatCardsTests
{
    [Fact]
    public void Execute_BecomesASubmitNamingItsCardAndVerb_AndThePressReadsBackAsTheInvokeTeamsSends()
    {
        var card = AdaptiveCards.Card([AdaptiveCards.Text("x")], [CardActions.Execute("Listo", "session.tick", ("stepId", "greet"))]);
        card["refresh"] = new JsonObject { ["action"] = CardActions.Execute("r", "refresh") };

        var adapted = WebChatCards.Adapt(AdaptiveCards.ToActivity(card), "conv|0000003");
        var json = adapted.Attachments![0].Content!.Value;
        var action = json.GetProperty("actions")[0];
        var press = WebChatCards.ReadPress(new Activity { Type = ActivityTypes.Message, Value = action.GetProperty("data").Clone() });

        Assert.DoesNotContain("Action.Execute", json.GetRawText(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("refresh", out _));
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("Listo", action.GetProperty("title").GetString());
        Assert.Equal(ActivityTypes.Invoke, press.Type);
        Assert.Equal(InvokeNames.AdaptiveCardAction, press.Name);
        Assert.Equal("conv|0000003", press.ReplyToId);
        Assert.Equal("session.tick", press.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("greet", press.Value.Value.GetProperty("action").GetProperty("data").GetProperty("stepId").GetString());
        Assert.False(press.Value.Value.GetProperty("action").GetProperty("data").TryGetProperty(WebChatCards.CardMarker, out _));
    }

    [Fact]
    public void Submit_StaysAMessage_ThatRepliesToItsCard()
    {
        var card = AdaptiveCards.Card([AdaptiveCards.Text("x")], [CardActions.Submit("Frases", "phrases", ("moment", "Greeting"))]);

        var adapted = WebChatCards.Adapt(AdaptiveCards.ToActivity(card), "conv|0000009");
        var data = adapted.Attachments![0].Content!.Value.GetProperty("actions")[0].GetProperty("data").Clone();
        var press = WebChatCards.ReadPress(new Activity { Type = ActivityTypes.Message, Value = data });

        Assert.Equal(ActivityTypes.Message, press.Type);
        Assert.Equal("conv|0000009", press.ReplyToId);
        Assert.Equal("phrases", press.Value!.Value.GetProperty("verb").GetString());
        Assert.False(press.Value.Value.TryGetProperty(WebChatCards.CardMarker, out _));
    }

    [Fact]
    public void TypedMessage_AndCardsWithoutActions_PassUnchanged()
    {
        var typed = new Activity { Type = ActivityTypes.Message, Text = "hola" };
        var plain = Activity.CreateMessage("sin tarjeta");

        Assert.Same(typed, WebChatCards.ReadPress(typed));
        Assert.Same(plain, WebChatCards.Adapt(plain, "conv|1"));
    }
}
