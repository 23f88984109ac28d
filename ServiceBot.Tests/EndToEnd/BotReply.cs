using System.Text.Json;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>One thing the bot showed in a turn: a message sent, a message updated in place, or an invoke's answer.</summary>
public sealed record BotReply(BotReplyKind Kind, string? Id, string? Text, JsonElement? Card, string? ConversationId = null, string? Summary = null)
{
    public IEnumerable<string> VisibleStrings => Card is { } card ? Strings(card) : [];

    public IEnumerable<(string Verb, JsonElement Data)> Buttons => Card is { } card ? FindButtons(card) : [];

    private static IEnumerable<string> Strings(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Strings);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.EnumerateObject().SelectMany(p => p.Name switch
        {
            "text" or "title" when p.Value.ValueKind == JsonValueKind.String => [p.Value.GetString()!],
            "data" or "fallback" => [],
            _ => Strings(p.Value),
        });
    }

    private static IEnumerable<(string, JsonElement)> FindButtons(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(FindButtons);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var own = element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object &&
                  data.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? [(verb.GetString()!, data)]
            : Array.Empty<(string, JsonElement)>();
        return own.Concat(element.EnumerateObject().Where(p => p.Name is not "data" and not "fallback").SelectMany(p => FindButtons(p.Value)));
    }
}

public enum BotReplyKind
{
    Sent,
    Updated,
    InvokeResponse,
}
