using System.Security.Claims;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Localization;

namespace ServiceBot.BotFramework;

/// <summary>
/// One turn: the incoming activity, the user's language, the text with the bot's @mention removed, and the connector
/// bound to the activity's (verified) serviceUrl. Handlers answer invokes by setting <see cref="InvokeResponse"/>.
/// </summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, ConnectorClient connector, IServiceProvider services)
{
    private readonly List<Activity> _sent = [];

    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    public ConnectorClient Connector { get; } = connector;

    public IServiceProvider Services { get; } = services;

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
        var response = reply.ReplyToId is null
            ? await Connector.SendToConversationAsync(reply, cancellationToken)
            : await Connector.ReplyToActivityAsync(reply, cancellationToken);
        _sent.Add(reply);
        return response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        Connector.UpdateActivityAsync(activityId, activity.AsReplyTo(Activity) with { ReplyToId = null }, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        Connector.DeleteActivityAsync(Activity.Conversation!.Id!, activityId, cancellationToken);
}
