using System.Text.Json.Nodes;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// The clipped-text finder of the card preview (web/src/cards/find-clipped-text.js) on small cards made to fit or not,
/// rendered by the official renderer at a phone's 360 px in Chromium.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ClippedTextDetectorTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    private const string LongSentence =
        "Cuando un cliente molesto le cuenta su problema, escúchelo sin interrumpir y repita con sus palabras lo que entendió antes de proponer una solución.";

    [BrowserFact]
    public async Task ACardThatFits_HasNothingClipped()
    {
        var card = Card(
            [Text("Buenos días, bienvenido."), Text(LongSentence, wrap: true), Text("Dos líneas como máximo.", wrap: true, maxLines: 2)],
            [Submit("Frases"), Submit("Terminar")]);

        var rendering = await RenderAsync(card);

        Assert.Empty(rendering.Clipped);
        Assert.Empty(rendering.Errors);
        Assert.Contains("Buenos días, bienvenido.", rendering.VisibleText, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ATextThatDoesNotWrap_IsReportedCutWithAnEllipsis()
    {
        var card = Card([Text("Corto"), Text(LongSentence)], []);

        var rendering = await RenderAsync(card);

        var clipped = Assert.Single(rendering.Clipped);
        Assert.Equal(new ClippedText(LongSentence, "text", "cut with an ellipsis"), clipped);
    }

    [BrowserFact]
    public async Task AMaxLinesClampThatHidesText_IsReported()
    {
        var card = Card([Text(LongSentence + " " + LongSentence, wrap: true, maxLines: 2)], []);

        var rendering = await RenderAsync(card);

        var clipped = Assert.Single(rendering.Clipped);
        Assert.Equal("text", clipped.Where);
        Assert.Equal("clamped to 2 lines", clipped.How);
        Assert.StartsWith("Cuando un cliente molesto", clipped.Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ActionTitlesTooLongForTheRow_AreReportedAndShortOnesAreNot()
    {
        var card = Card([Text("Elija una opción")], [Submit("Sí"), Submit("Llamar al supervisor de turno"), Submit("Cliente difícil: molesto")]);

        var rendering = await RenderAsync(card);

        Assert.Equal(
            ["Cliente difícil: molesto", "Llamar al supervisor de turno"],
            rendering.Clipped.Select(c => c.Text).Order(StringComparer.Ordinal));
        Assert.All(rendering.Clipped, c => Assert.Equal(("action", "cut with an ellipsis"), (c.Where, c.How)));
    }

    [BrowserFact]
    public async Task AnOverflowAction_StaysInTheMenuAndIsNotReported()
    {
        var secondary = Submit("Ver las instrucciones completas del protocolo de atención");
        secondary["mode"] = "secondary";
        var card = Card([Text("Atención en curso")], [Submit("Frases"), secondary]);

        var rendering = await RenderAsync(card);

        Assert.Empty(rendering.Clipped);
        Assert.DoesNotContain("instrucciones completas", rendering.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Frases", rendering.VisibleText, StringComparison.Ordinal);
    }

    private async Task<CardRendering> RenderAsync(JsonObject card)
    {
        await using var renderer = await CardRenderer.OpenAsync(browser);
        return Assert.Single(await renderer.RenderAsync([new NamedCard("synthetic", card)], PhoneWidth));
    }

    private static JsonObject Card(JsonNode[] body, JsonNode[] actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(body),
        ["actions"] = new JsonArray(actions),
    };

    private static JsonObject Text(string text, bool wrap = false, int? maxLines = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (maxLines is { } lines)
        {
            block["maxLines"] = lines;
        }

        return block;
    }

    private static JsonObject Submit(string title) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = new JsonObject { ["verb"] = title } };
}
