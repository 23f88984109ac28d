using System.Security.Claims;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Localization;
using ServiceBot.Proactive;

namespace ServiceBot.BotFramework;

/// <summary>
/// One turn: the incoming activity, the user's language, the text with the bot's @mention removed, and the
/// <see cref="IReplyChannel"/> its replies leave through (the Connector bound to the activity's verified serviceUrl, for
/// Teams). Handlers answer invokes by setting <see cref="InvokeResponse"/>.
/// </summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, IReplyChannel replies, IServiceProvider services)
{
    private readonly List<Activity> _sent = [];

    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    public IReplyChannel Replies { get; } = replies;

    /// <summary>The conversation this turn replies into, as the incoming activity names it.</summary>
    public ConversationReference Conversation { get; } = activity.GetConversationReference();

    public IServiceProvider Services { get; } = services;

    /// <summary>How the activity's serviceUrl was learned: decides whether replies sent later may carry the bot's token.</summary>
    public ServiceUrlProvenance Provenance { get; init; } = ServiceUrlProvenance.Unknown;

    /// <summary>Set by a handler that recorded the activity as processed in its own transaction (or found it processed).</summary>
    public DeliveryRecord Record { get; set; }

    /// <summary>
    /// The conversation reference to save with the handler's own write, on a route that does so
    /// (<see cref="ServiceBot.Turns.Route.SavesReference"/>); the handler clears it once saved, else it is saved after the turn.
    /// </summary>
    public PendingReference? Reference { get; set; }

    public Language Language { get; } = LocaleResolver.Resolve(activity.Locale ?? ClientInfo.Locale(activity));

    /// <summary>The message text without the bot's own mention, trimmed; empty when there is none.</summary>
    public string Text { get; } = MentionText.RemoveRecipientMention(activity);

    public InvokeResponse? InvokeResponse { get; set; }

    public IReadOnlyList<Activity> SentActivities => _sent;

    public bool Responded => _sent.Count > 0 || InvokeResponse is not null;

    /// <summary>Sends a reply into this conversation, addressed from the bot to the user, threaded to the incoming activity.</summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reply = activity.AsReplyTo(Activity);
        var response = await Replies.SendAsync(Conversation, reply, cancellationToken);
        _sent.Add(reply);
        return response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        Replies.UpdateAsync(Conversation, activityId, activity.AsReplyTo(Activity) with { ReplyToId = null }, cancellationToken);
}
