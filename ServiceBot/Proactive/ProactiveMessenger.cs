using System.Net;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// The one place that sends outside a turn's reply: addresses an activity from a stored conversation reference and
/// posts it with the bot's token, where the reference's provenance allows it. When the channel answers 403 (the user
/// blocked or uninstalled the bot, or an admin disabled it) the reference is deleted, since nothing sent there will
/// arrive, and the exception is rethrown. A reference whose serviceUrl may not have the token (recorded in local mode,
/// or neither verified nor allow-listed) is refused before anything is sent: logged, and
/// <see cref="UntrustedServiceUrlException"/> thrown, which callers treat as an unreachable recipient.
/// </summary>
public sealed class ProactiveMessenger(
    ConnectorClientFactory connectors,
    IConversationReferenceStore references,
    ConversationReferenceRecorder recorder,
    ILogger<ProactiveMessenger> logger)
{
    /// <exception cref="ConnectorException">The channel refused the message (after the connector's retries).</exception>
    /// <exception cref="UntrustedServiceUrlException">The reference's serviceUrl may not be sent the bot's token.</exception>
    public async Task<ResourceResponse?> SendAsync(StoredConversationReference stored, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(activity);
        var reference = stored.Reference;
        var connector = connectors.CreateForStoredReference(reference, stored.Provenance);
        var addressed = activity.ApplyConversationReference(reference) with { ReplyToId = null };
        try
        {
            return await connector.SendToConversationAsync(addressed, cancellationToken);
        }
        catch (ConnectorException ex) when (IsBlocked(ex))
        {
            await ForgetBlockedAsync(reference);
            throw;
        }
        catch (UntrustedServiceUrlException ex)
        {
            ProactiveLog.ReferenceRefused(logger, reference.User?.Id, reference.Conversation?.Id, stored.Provenance, ex.Message);
            throw;
        }
    }

    /// <summary>True for the channel's 403: this conversation no longer accepts the bot's messages.</summary>
    public static bool IsBlocked(Exception exception) => exception is ConnectorException { StatusCode: HttpStatusCode.Forbidden };

    /// <summary>True when the reference may never be sent the bot's token: sending again cannot succeed.</summary>
    public static bool IsRefused(Exception exception) => exception is UntrustedServiceUrlException;

    /// <summary>The channel answered 403 for this conversation: its stored reference is deleted, so the next send starts a new one.</summary>
    public async Task ForgetBlockedAsync(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        var userId = reference.User?.Id;
        if (conversationId is null || userId is null)
        {
            return;
        }

        try
        {
            await references.DeleteAsync(conversationId, userId, CancellationToken.None);
            recorder.Forget(conversationId, userId);
            ProactiveLog.ReferenceForgotten(logger, userId, conversationId);
        }
        catch (Exception ex)
        {
            ProactiveLog.ReferenceDeleteFailed(logger, ex, userId, conversationId);
        }
    }
}
