using System.Text.Json;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// The newest card a conversation shows: the JSON the bot sent (a Connector activity, or an invoke response that
/// replaced the clicked card) and the id of the message that holds it, which a tap names as <c>replyToId</c>.
/// </summary>
internal sealed record ShownCard(string ActivityId, byte[] Json, bool FromInvokeResponse)
{
    /// <summary>The Adaptive Cards in it: an activity's adaptive attachments, or an invoke response's card value.</summary>
    public IReadOnlyList<JsonElement> Cards()
    {
        using var document = JsonDocument.Parse(Json);
        var root = document.RootElement;
        if (FromInvokeResponse)
        {
            return root.TryGetProperty("type", out var type) && type.GetString() == ConversationLedger.AdaptiveCardContentType &&
                root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
                ? [value.Clone()]
                : [];
        }

        if (!root.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. attachments.EnumerateArray()
            .Where(a => a.TryGetProperty("contentType", out var contentType) && contentType.GetString() == ConversationLedger.AdaptiveCardContentType &&
                        a.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
            .Select(a => a.GetProperty("content").Clone())];
    }
}
