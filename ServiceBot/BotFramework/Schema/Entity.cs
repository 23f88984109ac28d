using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity (mention, clientInfo…). Every field except <c>type</c> is kept as it came,
/// so entity types this bot does not know round-trip untouched.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public T? GetAs<T>(string name) where T : class =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Deserialize<T>(ProtocolJson.Options)
            : null;
}
