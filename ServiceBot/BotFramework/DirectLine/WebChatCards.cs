using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Makes the bot's Adaptive Cards work in Web Chat, which has no Universal Actions and does not say which card a
/// button belongs to: every <c>Action.Execute</c> becomes an <c>Action.Submit</c> marked with its verb
/// (<see cref="ExecuteMarker"/>), every Action.Submit's data names the card's activity (<see cref="CardMarker"/>), and
/// the card's <c>refresh</c> is dropped. <see cref="ReadPress"/> turns a press back into what Teams would have sent:
/// an <c>adaptiveCard/action</c> invoke for an Execute, a message with <c>value</c> for a Submit, both replying to the card.
/// </summary>
public static class WebChatCards
{
    /// <summary>In a Submit's data: the id of the activity whose card holds the button.</summary>
    public const string CardMarker = "webchat:card";

    /// <summary>In a Submit's data: the button was an Action.Execute with this verb.</summary>
    public const string ExecuteMarker = "webchat:execute";

    private const string ExecuteType = "Action.Execute";
    private const string SubmitType = "Action.Submit";

    public static Activity Adapt(Activity activity, string activityId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is not { Count: > 0 } attachments || !attachments.Any(a => a.IsAdaptiveCard && a.Content is not null))
        {
            return activity;
        }

        return activity with { Attachments = [.. attachments.Select(a => Adapt(a, activityId))] };
    }

    /// <summary>
    /// A message from Web Chat whose value carries the markers becomes the activity Teams would have sent for the press
    /// (markers removed); any other activity is returned unchanged.
    /// </summary>
    public static Activity ReadPress(Activity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (!posted.IsType(ActivityTypes.Message) || posted.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty(CardMarker, out var card) || card.ValueKind != JsonValueKind.String)
        {
            return posted;
        }

        var data = JsonNode.Parse(value.GetRawText())!.AsObject();
        data.Remove(CardMarker);
        var verb = data[ExecuteMarker] is JsonValue marked && marked.TryGetValue<string>(out var named) ? named : null;
        data.Remove(ExecuteMarker);
        var press = posted with { ReplyToId = card.GetString(), Value = JsonSerializer.SerializeToElement(data, ProtocolJson.Options) };
        if (verb is null)
        {
            return press;
        }

        var action = new JsonObject { ["type"] = ExecuteType, ["verb"] = verb, ["data"] = data.DeepClone() };
        return press with
        {
            Type = ActivityTypes.Invoke,
            Name = InvokeNames.AdaptiveCardAction,
            Text = null,
            Value = JsonSerializer.SerializeToElement(new JsonObject { ["action"] = action }, ProtocolJson.Options),
        };
    }

    private static Attachment Adapt(Attachment attachment, string activityId)
    {
        if (!attachment.IsAdaptiveCard || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
        {
            return attachment;
        }

        var card = JsonNode.Parse(content.GetRawText())!.AsObject();
        card.Remove("refresh");
        var adapted = Rewrite(card, activityId);
        return attachment with { Content = JsonSerializer.SerializeToElement(adapted, ProtocolJson.Options) };
    }

    private static JsonNode? Rewrite(JsonNode? node, string activityId)
    {
        switch (node)
        {
            case JsonObject obj when IsType(obj, ExecuteType):
                return Rewrite(ToSubmit(obj), activityId);
            case JsonObject obj when IsType(obj, SubmitType):
                Mark(obj, activityId);
                RewriteChildren(obj, activityId);
                return obj;
            case JsonObject obj:
                RewriteChildren(obj, activityId);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var rewritten = Rewrite(array[i], activityId);
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

    private static void RewriteChildren(JsonObject obj, string activityId)
    {
        foreach (var name in obj.Select(p => p.Key).Where(k => k != "data").ToList())
        {
            var rewritten = Rewrite(obj[name], activityId);
            if (!ReferenceEquals(rewritten, obj[name]))
            {
                obj[name] = rewritten;
            }
        }
    }

    private static void Mark(JsonObject submit, string activityId)
    {
        switch (submit["data"])
        {
            case JsonObject data:
                data[CardMarker] = activityId;
                break;
            case null:
                submit["data"] = new JsonObject { [CardMarker] = activityId };
                break;
            default:
                // String data is sent as the user's text (imBack): nothing can travel with it.
                break;
        }
    }

    private static bool IsType(JsonObject obj, string expected) =>
        obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == expected;

    private static JsonObject ToSubmit(JsonObject execute)
    {
        var data = execute["data"] is JsonObject given ? (JsonObject)given.DeepClone() : new JsonObject();
        var verb = execute["verb"] is JsonValue v && v.TryGetValue<string>(out var named) ? named : null;
        if (verb is not null)
        {
            data[ExecuteMarker] = verb;
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
