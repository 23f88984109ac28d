using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Cards;

/// <summary>
/// A part of a card serialised once, with the protocol's JSON options, and written into every card that holds it as it
/// is: in a card's tree it is one small <see cref="JsonValue"/> instead of the dozens of nodes it was built from, and
/// the card's JSON is byte for byte what the tree would have written. Only for parts that never change once built
/// (see <see cref="CardFragments"/>); to read or change one, use <see cref="CopyOf"/>, which parses nothing it can keep.
/// </summary>
public sealed class CardFragment
{
    private static readonly JsonTypeInfo<CardFragment> TypeInfo = JsonMetadataServices.CreateValueInfo<CardFragment>(ProtocolJson.Options, new Writer());

    private readonly byte[] utf8;

    private CardFragment(byte[] utf8) => this.utf8 = utf8;

    public static CardFragment Of(JsonNode node) => new(JsonSerializer.SerializeToUtf8Bytes(node, ProtocolJson.Options));

    /// <summary>A node for one place in a card (a node has one parent, so each use takes its own).</summary>
    public JsonNode ToNode() => JsonValue.Create(this, TypeInfo)!;

    /// <summary>A copy of a card's tree to change: its objects and arrays new, its fragments shared.</summary>
    public static JsonNode? CopyOf(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key, CopyOf(property.Value)))),
        JsonArray array => new JsonArray([.. array.Select(CopyOf)]),
        JsonValue value when value.TryGetValue<CardFragment>(out var fragment) => fragment.ToNode(),
        _ => node?.DeepClone(),
    };

    private sealed class Writer : JsonConverter<CardFragment>
    {
        public override CardFragment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A card fragment is only written.");

        public override void Write(Utf8JsonWriter writer, CardFragment value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.utf8, skipInputValidation: true);
    }
}
