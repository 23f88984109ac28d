namespace ServiceBot.BotFramework.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, string? UserName, DirectLinePersona Persona, DateTimeOffset ExpiresAt);
