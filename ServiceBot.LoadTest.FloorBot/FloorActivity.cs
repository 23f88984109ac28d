using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.LoadTest.FloorBot;

/// <summary>The few fields of an inbound activity the floor bot reads.</summary>
public sealed record FloorActivity(
    string? Type,
    string? Id,
    string? ServiceUrl,
    string? ChannelId,
    FloorAccount? From,
    FloorAccount? Recipient,
    FloorAccount? Conversation,
    string? Text);

public sealed record FloorAccount(string? Id);

/// <summary>The floor bot's outbound shapes: a reply activity and an invoke response.</summary>
public sealed record FloorReply(string Type, FloorAccount From, FloorAccount Recipient, FloorAccount Conversation, string? ReplyToId, string Text, FloorAttachment[] Attachments);

public sealed record FloorAttachment(string ContentType, JsonElement Content);

public sealed record FloorInvokeResponse(int StatusCode, string Type, string Value);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorActivity))]
[JsonSerializable(typeof(FloorReply))]
[JsonSerializable(typeof(FloorInvokeResponse))]
public sealed partial class FloorJson : JsonSerializerContext;
