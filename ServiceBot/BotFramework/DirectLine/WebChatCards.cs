using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Makes the bot's Adaptive Cards work in Web Chat, which has no Universal Actions: every <c>Action.Execute</c>
/// becomes its <c>Action.Submit</c> fallback (or, without one, an Action.Submit carrying the same data and verb), so
/// a press arrives as a message whose value holds the verb — the way older Teams clients send it — and the card's
/// <c>refresh</c> is dropped. Other attachments and cards without Execute pass unchanged.
/// </summary>
public static class WebChatCards
{
    private const string ExecuteType = "Action.Execute";
    private const string SubmitType = "Action.Submit";

    public static Activity Adapt(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is not { Count: > 0 } attachments || !attachments.Any(a => a.IsAdaptiveCard && a.Content is not null))
        {
            return activity;
        }

        return activity with { Attachments = [.. attachments.Select(Adapt)] };
    }

    private static Attachment Adapt(Attachment attachment)
    {
        if (!attachment.IsAdaptiveCard || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
        {
            return attachment;
        }

        var card = JsonNode.Parse(content.GetRawText())!.AsObject();
        card.Remove("refresh");
        var adapted = Rewrite(card);
        return attachment with { Content = JsonSerializer.SerializeToElement(adapted, ProtocolJson.Options) };
    }

    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when IsExecute(obj):
                return Rewrite(ToSubmit(obj));
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var rewritten = Rewrite(obj[name]);
                    if (!ReferenceEquals(rewritten, obj[name]))
                    {
                        obj[name] = rewritten;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var rewritten = Rewrite(array[i]);
                    if (!ReferenceEquals(rewritten, array[i]))
                    {
                        array[i] = rewritten;
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private static bool IsExecute(JsonObject obj) =>
        obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == ExecuteType;

    private static JsonObject ToSubmit(JsonObject execute)
    {
        if (execute["fallback"] is JsonObject fallback && fallback["type"] is JsonValue type &&
            type.TryGetValue<string>(out var name) && name == SubmitType)
        {
            return (JsonObject)fallback.DeepClone();
        }

        var data = execute["data"] is JsonObject given ? (JsonObject)given.DeepClone() : new JsonObject();
        if (execute["verb"] is JsonValue verb && data["verb"] is null)
        {
            data["verb"] = verb.DeepClone();
        }

        var submit = new JsonObject { ["type"] = SubmitType, ["data"] = data };
        foreach (var property in new[] { "title", "id", "iconUrl", "style", "isEnabled", "tooltip", "mode", "associatedInputs" })
        {
            if (execute[property] is { } value)
            {
                submit[property] = value.DeepClone();
            }
        }

        return submit;
    }
}
