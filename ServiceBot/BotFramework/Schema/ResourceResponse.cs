namespace ServiceBot.BotFramework.Schema;

/// <summary>The id the channel gave a sent activity.</summary>
public sealed record ResourceResponse(string? Id);
