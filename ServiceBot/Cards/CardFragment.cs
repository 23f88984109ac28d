using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Cards;

/// <summary>
/// A part of a card serialised once, with the protocol's JSON options, and put into every card that holds it as one
/// node over the parsed element (<see cref="JsonObject.Create(JsonElement, JsonNodeOptions?)"/>), which writes the
/// element as it is and builds its children only if something reads them, instead of the dozens of nodes the part was
/// built from. Written with any options, the card's JSON is what the whole tree would write. Only for parts that never
/// change once built (see <see cref="CardFragments"/>).
/// </summary>
public sealed class CardFragment
{
    private readonly JsonElement element;

    private CardFragment(JsonElement element) => this.element = element;

    public static CardFragment Of(JsonNode node) => new(JsonSerializer.SerializeToElement(node, ProtocolJson.Options));

    /// <summary>A node for one place in a card (a node has one parent, so each use takes its own).</summary>
    public JsonNode ToNode() => element.ValueKind == JsonValueKind.Array ? JsonArray.Create(element)! : JsonObject.Create(element)!;
}
