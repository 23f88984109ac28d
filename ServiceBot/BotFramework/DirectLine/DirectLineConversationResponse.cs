using System.Text.Json.Serialization;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Direct Line's conversation object: id, token and its lifetime in seconds.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);
