using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON, the version Teams renders for bot messages.</summary>
public static class AdaptiveCards
{
    public const string Version = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var actionArray = actions?.ToArray() ?? [];
        return CardWith(body, actionArray.Length > 0 ? new JsonArray(actionArray) : null);
    }

    /// <summary>A card whose actions are one node already (an array, or a fragment of one); none when null.</summary>
    public static JsonObject CardWith(IEnumerable<JsonNode> body, JsonNode? actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
        };
        if (actions is not null)
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject Title(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["size"] = "Medium",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    public static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    /// <summary>
    /// A button that works in Teams and in the Emulator: Teams turns the messageBack into a message whose text is
    /// <paramref name="commandText"/>; the <c>verb</c> travels in the value for routing.
    /// </summary>
    public static JsonObject SubmitAction(string title, string verb, string commandText) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["verb"] = verb,
            ["msteams"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["displayText"] = title,
                ["text"] = commandText,
            },
        },
    };

    /// <summary>The card written once: its UTF-8 goes into the activity as it is (parsed only if something reads it).</summary>
    public static Attachment ToAttachment(JsonObject card) =>
        Attachment.AdaptiveCard(JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Options));

    public static Activity ToActivity(JsonObject card) => Activity.CreateMessage(attachments: [ToAttachment(card)]);
}
