using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Proactive;

/// <summary>
/// A conversation reference that <see cref="ConversationReferenceRecorder"/> found new or changed and that is not saved
/// yet: saved by the recorder, or by a handler with its own write (the welcome: one commit for both).
/// </summary>
public sealed record PendingReference(
    ConversationReference Reference, ServiceUrlProvenance Provenance, string ConversationId, string UserId, PendingReference.Key Fingerprint)
{
    /// <summary>What makes a saved reference stale: its serviceUrl, the user's object id and locale, and the provenance.</summary>
    public sealed record Key(string ServiceUrl, string? AadObjectId, string? Locale, ServiceUrlProvenance Provenance);
}
