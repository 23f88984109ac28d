using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.BotFramework.Schema;

public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }

    /// <summary>The wire's <c>content</c>: a card the bot built stays the UTF-8 it was written as (see <see cref="RawJsonValue"/>).</summary>
    [JsonPropertyName("content")]
    public RawJsonValue? ContentJson { get; init; }

    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>The content as an element (a card the bot wrote is parsed on first read).</summary>
    [JsonIgnore]
    public JsonElement? Content
    {
        get => ContentJson?.Element;
        init => ContentJson = value is { } element ? RawJsonValue.FromElement(element) : null;
    }

    [JsonIgnore]
    public bool IsAdaptiveCard => string.Equals(ContentType, AdaptiveCardContentType, StringComparison.Ordinal);

    public static Attachment AdaptiveCard(JsonElement card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };

    /// <summary>An Adaptive Card whose JSON is <paramref name="utf8"/>, written with <see cref="ProtocolJson.Options"/>.</summary>
    public static Attachment AdaptiveCard(ReadOnlyMemory<byte> utf8) =>
        new() { ContentType = AdaptiveCardContentType, ContentJson = RawJsonValue.FromProtocolUtf8(utf8) };
}
