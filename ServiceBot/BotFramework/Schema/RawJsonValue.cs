using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.BotFramework.Schema;

/// <summary>
/// One JSON value on the wire, held either as the UTF-8 the bot wrote once (a card, see <see cref="FromProtocolUtf8"/>)
/// or as an element read from a request. The bot's own UTF-8 is written into the activity as it is, so a card is
/// serialised once; <see cref="Element"/> parses it only when something reads it.
/// </summary>
[JsonConverter(typeof(RawJsonValueConverter))]
public sealed class RawJsonValue
{
    private readonly ReadOnlyMemory<byte> utf8;

    // A reference, not a JsonElement? field: a struct that wide could be torn when two threads read the content at once.
    private StrongBox<JsonElement>? parsed;

    private RawJsonValue(ReadOnlyMemory<byte> utf8, StrongBox<JsonElement>? parsed)
    {
        this.utf8 = utf8;
        this.parsed = parsed;
    }

    public JsonElement Element => (parsed ??= new StrongBox<JsonElement>(JsonElement.Parse(utf8.Span))).Value;

    public static RawJsonValue FromElement(JsonElement element) => new(default, new StrongBox<JsonElement>(element));

    /// <summary>
    /// <paramref name="utf8"/> must be one JSON value written with <see cref="ProtocolJson.Options"/> (compact, its
    /// escaping): it is copied into activities unchecked, byte for byte what writing its element would give.
    /// </summary>
    public static RawJsonValue FromProtocolUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, null);

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (!utf8.IsEmpty && !writer.Options.Indented && ReferenceEquals(writer.Options.Encoder, ProtocolJson.Options.Encoder))
        {
            writer.WriteRawValue(utf8.Span, skipInputValidation: true);
            return;
        }

        Element.WriteTo(writer);
    }
}

internal sealed class RawJsonValueConverter : JsonConverter<RawJsonValue>
{
    public override RawJsonValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RawJsonValue.FromElement(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, RawJsonValue value, JsonSerializerOptions options) => value.WriteTo(writer);
}
