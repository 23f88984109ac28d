using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// Sends the survey of an ended service to one Teams user (an internal customer the agent picked) in their 1:1 chat
/// with the bot: the chat the bot already keeps for them, or one created with the Connector (<c>POST /v3/conversations</c>
/// with the tenant and the person's Entra object id). The invitation is reserved for that person by one atomic update
/// that commits together with the card's outbox row, so a double tap or a second instance sends one card, and a crash
/// or a failing channel after the commit leaves the card to the outbox, which sends it (at least once) instead of
/// losing it. The card goes at once; its message id is kept. When Teams refuses (403/404: the app is not installed for
/// them) the reservation is released and the caller offers the link.
/// </summary>
public sealed class SurveyPersonSender(
    SurveyHandOff handOff,
    ISurveyInvitationStore invitations,
    IConversationReferenceStore references,
    IRosterStore roster,
    OutboxSender outbox,
    ProactiveMessenger messenger,
    ConnectorClientFactory connectors,
    ContentStore content,
    ILogger<SurveyPersonSender> logger)
{
    /// <param name="objectId">The person's Entra object id (what Teams' people picker gives).</param>
    /// <param name="name">Their name when known; else the name the bot has seen for them.</param>
    public async Task<SurveyIssue> SendAsync(TurnContext turn, string? sessionId, string objectId, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        var known = SupervisorNotifier.PickOneOnOne(await references.FindByAadObjectIdAsync(objectId, cancellationToken));
        name ??= known?.Reference.User?.Name ?? await RosterNameAsync(turn, objectId, cancellationToken);
        var customer = new SurveyCustomer(known?.Reference.User?.Id, objectId, name, ConversationId: null);
        SurveyInvitation? asked = null;
        OutboxMessage? queued = null;
        SurveyIssue issue;
        try
        {
            issue = await handOff.IssueToPersonAsync(
                turn,
                sessionId,
                customer,
                async (invitation, ct) =>
                {
                    asked = invitation;
                    queued = CardRow(invitation, known ?? await CreateChatAsync(turn, customer, ct));
                    return queued;
                },
                cancellationToken);
        }
        catch (Exception ex) when (asked is not null && IsUnreachable(ex))
        {
            // The chat could not be created: nothing was reserved nor queued.
            FeedbackLog.PersonUnreachable(logger, ex, asked.ServiceSessionId, (ex as ConnectorException)?.StatusCode.ToString() ?? ex.GetType().Name);
            return new SurveyIssue(SurveyIssueOutcome.Unreachable, asked);
        }

        return issue.Outcome == SurveyIssueOutcome.Issued ? await SendQueuedAsync(issue, queued!) : issue;
    }

    /// <summary>
    /// Sends the committed card now. Sent: its message id is noted (by the outbox's send, <see cref="SurveyCardPostedRecorder"/>). Refused for good: the reservation is
    /// released and the agent is offered the link. Failed for now, or not recorded: the outbox sends it later.
    /// </summary>
    private async Task<SurveyIssue> SendQueuedAsync(SurveyIssue issue, OutboxMessage row)
    {
        var invitation = issue.Invitation!;
        var channel = new FailureNotingChannel(new ConnectorReplyChannel(connectors.CreateForStoredServiceUrl(row.ServiceUrl, row.Provenance)));

        // Not tied to the request: a send that outlasts it still records how it went.
        var delivery = await outbox.DeliverAsync(channel, row, CancellationToken.None);
        switch (delivery)
        {
            case OutboxDelivery.Sent:
                FeedbackLog.PersonSurveySent(logger, invitation.ServiceSessionId);
                return issue;
            case OutboxDelivery.GivenUp:
                FeedbackLog.PersonUnreachable(logger, channel.Failure, invitation.ServiceSessionId, (channel.Failure as ConnectorException)?.StatusCode.ToString() ?? nameof(OutboxDelivery.GivenUp));
                if (channel.Failure is { } failure && ProactiveMessenger.IsBlocked(failure))
                {
                    // The chat refuses the bot (uninstalled): its reference goes, so a later try starts a new chat.
                    await messenger.ForgetBlockedAsync(new ConversationReference { Conversation = row.Activity.Conversation, User = row.Activity.Recipient });
                }

                await invitations.ForgetCustomerAsync(invitation.TokenHash, CancellationToken.None);
                return issue with { Outcome = SurveyIssueOutcome.Unreachable };
            default:
                FeedbackLog.SurveyCardQueued(logger, invitation.ServiceSessionId, delivery.ToString());
                return issue;
        }
    }

    /// <summary>The card's outbox row: a new message in <paramref name="chat"/>, in the person's Teams language when known.</summary>
    private OutboxMessage CardRow(SurveyInvitation invitation, StoredConversationReference chat)
    {
        var texts = new CardTexts(content.Current, chat.Reference.Locale is { } locale ? LocaleResolver.Resolve(locale) : invitation.Language);
        var card = AdaptiveCards.ToActivity(SurveyFormCard.Create(texts, texts.Content.Survey, invitation.ServiceSessionId));
        return SurveyCardRow.For(
            invitation.TokenHash,
            chat.Reference.Conversation!.Id!,
            chat.Reference.ServiceUrl!,
            chat.Provenance,
            card.ApplyConversationReference(chat.Reference) with { ReplyToId = null });
    }

    private async Task<string?> RosterNameAsync(TurnContext turn, string objectId, CancellationToken cancellationToken) =>
        PersonKey.From(turn.Activity.Conversation?.TenantId, objectId) is { } key
            ? (await roster.GetAsync(cancellationToken)).FindPerson(key)?.DisplayName
            : null;

    /// <summary>The channel refuses for good: not installed for them or unknown (403/404, any 4xx but throttling), or a serviceUrl the token may not go to.</summary>
    private static bool IsUnreachable(Exception exception) => OutboxSender.IsPermanent(exception);

    private async Task<StoredConversationReference> CreateChatAsync(TurnContext turn, SurveyCustomer customer, CancellationToken cancellationToken)
    {
        var serviceUrl = turn.Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var tenantId = turn.Activity.Conversation?.TenantId ?? throw new InvalidOperationException("The activity names no tenant.");
        var bot = turn.Activity.Recipient ?? throw new InvalidOperationException("The activity names no bot.");
        var user = new ChannelAccount { Id = customer.Id ?? customer.ObjectId, AadObjectId = customer.ObjectId, Name = customer.Name };
        var connector = connectors.CreateForActivity(serviceUrl, turn.Provenance);
        var created = await connector.CreateConversationAsync(ConversationParameters.OneOnOne(bot, user, tenantId), cancellationToken);
        var reference = new ConversationReference
        {
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenantId },
            Bot = bot,
            User = user,
            ChannelId = turn.Activity.ChannelId,
            ServiceUrl = serviceUrl,
        };
        return new StoredConversationReference(reference, turn.Provenance);
    }
}
