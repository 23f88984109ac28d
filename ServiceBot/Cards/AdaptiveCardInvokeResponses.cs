using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Cards;

/// <summary>Bodies of the <c>adaptiveCard/action</c> invoke response (Universal Actions): a card that replaces the clicked one, a message, or an error.</summary>
public static class AdaptiveCardInvokeResponses
{
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonObject card) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = CardType,
        ["value"] = card,
    });

    public static InvokeResponse Message(string text) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = MessageType,
        ["value"] = text,
    });

    public static InvokeResponse Error(int statusCode, string code, string message) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
