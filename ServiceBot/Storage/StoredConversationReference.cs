using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>A conversation reference as kept, with how its serviceUrl was learned (which decides whether the bot's token may go there).</summary>
public sealed record StoredConversationReference(ConversationReference Reference, ServiceUrlProvenance Provenance);
