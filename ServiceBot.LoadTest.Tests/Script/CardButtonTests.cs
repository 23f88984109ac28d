using System.Text.Json;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Tests.Script;

public sealed class CardButtonTests
{
    private static readonly JsonElement Card = JsonDocument.Parse("""
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Protocolo" },
            { "type": "ActionSet", "actions": [
              { "type": "Action.Execute", "title": "✓", "verb": "session.tick", "data": { "verb": "session.tick", "stepId": "greet" },
                "fallback": { "type": "Action.Submit", "title": "✓", "data": { "verb": "session.tick", "stepId": "greet" } } }
            ] }
          ],
          "actions": [
            { "type": "Action.OpenUrl", "title": "Ayuda", "url": "https://example.org" },
            { "type": "Action.Submit", "title": "Frases", "data": { "verb": "phrases", "msteams": { "type": "messageBack", "text": "frases" } } },
            { "type": "Action.Submit", "title": "Sin verbo", "data": { "x": "1" } }
          ]
        }
        """).RootElement;

    [Fact]
    public void FindAll_ListsSubmitAndExecuteButtons_InReadingOrder_WithoutFallbacks()
    {
        var buttons = CardButton.FindAll(Card);

        Assert.Equal(["✓", "Frases", "Sin verbo"], buttons.Select(b => b.Title));
        Assert.Equal([CardButton.Execute, CardButton.Submit, CardButton.Submit], buttons.Select(b => b.Type));
        Assert.Equal(["session.tick", "phrases", null], buttons.Select(b => b.Verb));
    }

    [Fact]
    public void ButtonData_IsKeptForTheTap()
    {
        var tick = CardButton.FindAll(Card)[0];

        Assert.Equal("greet", tick.Data!.Value.GetProperty("stepId").GetString());
    }

    [Theory]
    [InlineData(null, null, "✓")]
    [InlineData(null, CardButton.Submit, "Frases")]
    [InlineData("phrases", null, "Frases")]
    [InlineData("session.tick", CardButton.Submit, null)]
    [InlineData("menu", null, null)]
    public void AChoice_PicksTheFirstMatchingButton(string? verb, string? actionType, string? expectedTitle)
    {
        var choice = new ButtonChoice(verb, actionType);

        Assert.Equal(expectedTitle, CardButton.FindAll(Card).FirstOrDefault(choice.Matches)?.Title);
    }
}
