using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// Keeps the conversation reference of every user who talks to the bot, so that reminders and supervisor calls can
/// reach them later. Only activities that passed authentication are recorded, and in local mode, where no token is ever
/// sent; each with its <see cref="ServiceUrlProvenance"/>, so that one recorded in local mode is never sent the bot's
/// token once the bot has an app id. A reference is written when it is new or changed (remembered in memory for an
/// hour, so other instances' deletions are noticed), not on every turn.
/// </summary>
public sealed class ConversationReferenceRecorder(
    IConversationReferenceStore store,
    IOptions<BotCredentialsOptions> credentials,
    TimeProvider time,
    ILogger<ConversationReferenceRecorder> logger)
{
    internal const int MaxRemembered = 10_000;
    internal static readonly TimeSpan RememberFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string ConversationId, string UserId), Remembered> saved = new();

    /// <summary>Saves the activity's reference when it is new or changed; never throws for a storage failure.</summary>
    public async Task RecordAsync(Activity activity, ServiceUrlProvenance provenance, CancellationToken cancellationToken)
    {
        if (ToSave(activity, provenance) is { } pending)
        {
            await SaveAsync(pending, cancellationToken);
        }
    }

    /// <summary>
    /// The activity's reference when it is new or changed, for a handler to save with its own write (then
    /// <see cref="Saved"/>); null when there is nothing to save.
    /// </summary>
    public PendingReference? ToSave(Activity activity, ServiceUrlProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (provenance == ServiceUrlProvenance.Unknown ||
            (provenance == ServiceUrlProvenance.LocalMode && !credentials.Value.IsAuthenticationDisabled) ||
            activity.From?.Id is not { Length: > 0 } userId ||
            activity.Conversation?.Id is not { Length: > 0 } conversationId ||
            string.IsNullOrWhiteSpace(activity.ServiceUrl) ||
            string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var fingerprint = new PendingReference.Key(activity.ServiceUrl, activity.From.AadObjectId, activity.Locale, provenance);
        return saved.TryGetValue((conversationId, userId), out var known) && known.Fingerprint == fingerprint && now - known.At < RememberFor
            ? null
            : new PendingReference(activity.GetConversationReference(), provenance, conversationId, userId, fingerprint);
    }

    /// <summary>Saves a reference <see cref="ToSave"/> gave; never throws for a storage failure.</summary>
    public async Task SaveAsync(PendingReference pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        try
        {
            await store.SaveAsync(pending.Reference, pending.Provenance, cancellationToken);
            Saved(pending);
        }
        catch (Exception ex)
        {
            // A turn must not fail because its reference could not be kept; the next turn tries again.
            ProactiveLog.ReferenceSaveFailed(logger, ex, pending.UserId, pending.ConversationId);
        }
    }

    /// <summary>Notes that <paramref name="pending"/> is saved (by this recorder, or by a handler with its own write).</summary>
    public void Saved(PendingReference pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (saved.Count >= MaxRemembered)
        {
            saved.Clear();
        }

        saved[(pending.ConversationId, pending.UserId)] = new Remembered(pending.Fingerprint, time.GetUtcNow());
        ProactiveLog.ReferenceSaved(logger, pending.UserId, pending.ConversationId);
    }

    /// <summary>Forgets that a reference was saved (it was deleted), so the user's next activity saves it again.</summary>
    public void Forget(string conversationId, string userId) => saved.TryRemove((conversationId, userId), out _);

    private sealed record Remembered(PendingReference.Key Fingerprint, DateTimeOffset At);
}
