using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Turns;

/// <summary>
/// The start's rehearsal (<see cref="TurnPathWarmUp"/>) presses a card's first button, as an agent does: an
/// Action.Execute arrives as an <c>adaptiveCard/action</c> invoke, an Action.Submit as a message carrying its data.
/// The buttons are taken in reading order (body before actions, depth first); a fallback is never shown where its
/// button is, so it is passed over.
/// </summary>
internal static class RehearsalCardTap
{
    private const string ExecuteType = "Action.Execute";
    private const string SubmitType = "Action.Submit";

    /// <summary>The press of the first button of the last card in <paramref name="reply"/>, or null when it has none.</summary>
    public static Activity? FirstButton(Activity reply, Activity template)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(template);
        var card = reply.Attachments?.LastOrDefault(a => a.IsAdaptiveCard && a.ContentJson is not null)?.Content;
        if (card is not { } content || FindButton(content) is not { } button)
        {
            return null;
        }

        var data = button.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        if (button.GetProperty("type").GetString() == SubmitType)
        {
            return template with { Type = ActivityTypes.Message, Text = null, Value = data };
        }

        var action = new JsonObject { ["type"] = ExecuteType, ["verb"] = button.TryGetProperty("verb", out var verb) ? JsonNode.Parse(verb.GetRawText()) : null };
        if (data is { } pressed)
        {
            action["data"] = JsonNode.Parse(pressed.GetRawText());
        }

        var value = JsonSerializer.SerializeToElement(new JsonObject { ["action"] = action, ["trigger"] = "manual" }, ProtocolJson.Options);
        return template with { Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction, Text = null, Value = value };
    }

    private static JsonElement? FindButton(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindButton(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is ExecuteType or SubmitType)
                {
                    return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not ("fallback" or "data") && FindButton(property.Value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
