using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;

namespace ServiceBot.MessageExtensions;

/// <summary>The body of a search message extension's answer: a list of Adaptive Cards, each with a thumbnail preview.</summary>
public static class ComposeExtensionResults
{
    public const string ThumbnailCardType = "application/vnd.microsoft.card.thumbnail";

    public static InvokeResponse List(IEnumerable<(string Text, string Subtitle)> items) => InvokeResponse.Ok(new JsonObject
    {
        ["composeExtension"] = new JsonObject
        {
            ["type"] = "result",
            ["attachmentLayout"] = "list",
            ["attachments"] = new JsonArray([.. items.Select(Item)]),
        },
    });

    public static InvokeResponse Message(string text) => InvokeResponse.Ok(new JsonObject
    {
        ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text },
    });

    private static JsonObject Item((string Text, string Subtitle) item) => new()
    {
        ["contentType"] = Attachment.AdaptiveCardContentType,
        ["content"] = AdaptiveCards.Card([AdaptiveCards.Text(item.Text)]),
        ["preview"] = new JsonObject
        {
            ["contentType"] = ThumbnailCardType,
            ["content"] = new JsonObject { ["title"] = item.Text, ["text"] = item.Subtitle },
        },
    };
}
