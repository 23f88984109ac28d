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
/// with the tenant and the person's Entra object id). The invitation is reserved for that person first by one atomic
/// update, so a double tap or a second instance sends one card; the card's message id is kept. When Teams refuses
/// (403/404: the app is not installed for them) the reservation is released and the caller offers the link.
/// </summary>
public sealed class SurveyPersonSender(
    SurveyHandOff handOff,
    ISurveyInvitationStore invitations,
    IConversationReferenceStore references,
    IRosterStore roster,
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
        var issue = await handOff.IssueToPersonAsync(turn, sessionId, customer, cancellationToken);
        if (issue.Outcome != SurveyIssueOutcome.Issued)
        {
            return issue;
        }

        var invitation = issue.Invitation!;
        try
        {
            var chat = known ?? await CreateChatAsync(turn, customer, cancellationToken);
            var texts = new CardTexts(content.Current, chat.Reference.Locale is { } locale ? LocaleResolver.Resolve(locale) : invitation.Language);
            var card = AdaptiveCards.ToActivity(SurveyFormCard.Create(texts, texts.Content.Survey, invitation.ServiceSessionId));
            var sent = await messenger.SendAsync(chat, card, cancellationToken);
            await invitations.SetCustomerCardAsync(invitation.TokenHash, chat.Reference.Conversation!.Id!, sent?.Id, cancellationToken);
            FeedbackLog.PersonSurveySent(logger, invitation.ServiceSessionId);
            return issue;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            FeedbackLog.PersonUnreachable(logger, ex, invitation.ServiceSessionId, (ex as ConnectorException)?.StatusCode.ToString() ?? ex.GetType().Name);
            await invitations.ForgetCustomerAsync(invitation.TokenHash, CancellationToken.None);
            return issue with { Outcome = SurveyIssueOutcome.Unreachable };
        }
        catch
        {
            // Not sent (a failure Teams may get over): the agent can press again.
            await invitations.ForgetCustomerAsync(invitation.TokenHash, CancellationToken.None);
            throw;
        }
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
