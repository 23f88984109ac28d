using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.BotFramework.Schema;

/// <summary>A user or bot on a channel (Teams user ids look like <c>29:…</c>, bot ids <c>28:{appId}</c>).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
