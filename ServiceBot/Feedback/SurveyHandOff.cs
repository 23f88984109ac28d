using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Turns;

namespace ServiceBot.Feedback;

/// <summary>
/// The survey of an ended service. The end records the service's one invitation (agent, team from the roster,
/// channel, content version, expiry from the content) with a token nobody sees; when the agent asks ("Encuesta" on
/// the closed service card) it gets a new token, for a one-time link or for a Teams customer who alone may answer.
/// Asking again, or the other way, replaces the token (the earlier link stops working); an answered service is never
/// offered again.
/// </summary>
public sealed class SurveyHandOff(
    IServiceSessionStore sessions,
    ISurveyInvitationStore invitations,
    IRosterStore roster,
    ContentStore content,
    SurveyLinks links,
    IOptions<OutboxOptions> outbox,
    TimeProvider time,
    ILogger<SurveyHandOff> logger)
{
    public Task<SurveyIssue> IssueAsync(TurnContext turn, string? sessionId, SurveyCustomer? customer, CancellationToken cancellationToken) =>
        IssueAsync(turn, sessionId, customer, CreateOrReissueAsync, cancellationToken);

    /// <summary>
    /// The survey for a customer in a Teams chat, with its card: the invitation is issued and the card
    /// (<paramref name="card"/>, built for the invitation about to be issued) queued in the outbox in one commit, so
    /// neither is kept without the other. The caller sends the queued card at once; the outbox retries it if that fails.
    /// The turn's activity is recorded as processed in the same commit (<see cref="TurnContext.Record"/>), so a
    /// redelivery (the channel lost the answer, or this instance died before the deduplicator's own record) finds it and
    /// issues nothing: no second token, no second card. A delivery that finds the activity recorded by another one in
    /// between gets <see cref="SurveyIssueOutcome.AlreadyProcessed"/>, and does nothing.
    /// </summary>
    public async Task<SurveyIssue> IssueWithCardAsync(
        TurnContext turn, string? sessionId, SurveyCustomer customer, Func<SurveyInvitation, OutboxMessage> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(card);
        var processed = ProcessedActivityKey.From(turn.Activity) is { } key ? new ProcessedActivity(key, null) : null;
        var issue = await IssueAsync(
            turn, sessionId, customer, (invitation, ct) => QueueWithCardAsync(invitation, toPerson: false, card(invitation), processed, ct), cancellationToken);
        turn.Record = (issue.Outcome, processed) switch
        {
            (SurveyIssueOutcome.Issued, not null) => DeliveryRecord.Recorded,
            (SurveyIssueOutcome.AlreadyProcessed, _) => DeliveryRecord.AlreadyProcessed,
            _ => turn.Record,
        };
        return issue;
    }

    /// <summary>
    /// The survey for one person in their 1:1 chat with the bot, with its card (<paramref name="card"/>: the chat is found
    /// or created, and the card built, only once the survey may go): issued once however often it is asked for, so a
    /// double tap sends one card (<see cref="SurveyIssueOutcome.AlreadySent"/> for the others); the invitation and the
    /// queued card are one commit, as in <see cref="IssueWithCardAsync"/>.
    /// </summary>
    public async Task<SurveyIssue> IssueToPersonAsync(
        TurnContext turn, string? sessionId, SurveyCustomer customer, Func<SurveyInvitation, CancellationToken, Task<OutboxMessage>> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(card);
        if (await AlreadyGoesToAsync(sessionId, customer, cancellationToken) is { } pending)
        {
            // Asked again while the card is on its way: no chat is created, nothing is queued.
            return new SurveyIssue(SurveyIssueOutcome.AlreadySent, pending);
        }

        var issue = await IssueAsync(
            turn,
            sessionId,
            customer,
            async (invitation, ct) =>
            {
                var row = await card(invitation, ct);
                return await QueueWithCardAsync(invitation with { CustomerConversationId = row.ConversationId }, toPerson: true, row, processed: null, ct);
            },
            cancellationToken);
        if (issue.Outcome == SurveyIssueOutcome.Answered && sessionId is not null &&
            await invitations.FindBySessionAsync(sessionId, cancellationToken) is { UsedAt: null } pendingNow)
        {
            return new SurveyIssue(SurveyIssueOutcome.AlreadySent, pendingNow);
        }

        return issue;
    }

    private async Task<SurveyInvitation?> AlreadyGoesToAsync(string? sessionId, SurveyCustomer customer, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(sessionId) ? null
        : await invitations.FindBySessionAsync(sessionId, cancellationToken) is { UsedAt: null } found &&
          string.Equals(found.CustomerObjectId, customer.ObjectId, StringComparison.Ordinal) && found.ExpiresAt > time.GetUtcNow()
            ? found
            : null;

    private async Task<SurveyCardCommit> CreateOrReissueAsync(SurveyInvitation invitation, CancellationToken cancellationToken) =>
        await invitations.CreateAsync(invitation, cancellationToken) || await invitations.ReissueAsync(invitation, cancellationToken)
            ? SurveyCardCommit.Issued
            : SurveyCardCommit.NotIssued;

    private Task<SurveyCardCommit> QueueWithCardAsync(
        SurveyInvitation invitation, bool toPerson, OutboxMessage card, ProcessedActivity? processed, CancellationToken cancellationToken) =>
        invitations.IssueWithCardAsync(invitation, toPerson, card, time.GetUtcNow() + outbox.Value.HoldFor, processed, cancellationToken);

    private async Task<SurveyIssue> IssueAsync(
        TurnContext turn, string? sessionId, SurveyCustomer? customer, Func<SurveyInvitation, CancellationToken, Task<SurveyCardCommit>> issue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (customer is null && links.BaseUrl is null)
        {
            FeedbackLog.NoPublicBaseUrl(logger);
            return new SurveyIssue(SurveyIssueOutcome.NoLink);
        }

        var session = string.IsNullOrWhiteSpace(sessionId) ? null : await sessions.GetAsync(sessionId, cancellationToken);
        if (session is null || session.EndedAt is null)
        {
            return new SurveyIssue(SurveyIssueOutcome.NoService);
        }

        // In a group chat the closed card is in front of the customer too: only the agent who served may offer it.
        if (!string.Equals(session.AgentId, turn.Activity.From?.Id, StringComparison.Ordinal))
        {
            return new SurveyIssue(SurveyIssueOutcome.NotYours);
        }

        var token = SurveyToken.New();
        var (invitation, lifetime) = await InvitationAsync(turn, session, token, customer, cancellationToken);
        switch (await issue(invitation, cancellationToken))
        {
            case SurveyCardCommit.NotIssued:
                return new SurveyIssue(SurveyIssueOutcome.Answered);
            case SurveyCardCommit.AlreadyProcessed:
                return new SurveyIssue(SurveyIssueOutcome.AlreadyProcessed);
        }

        return new SurveyIssue(SurveyIssueOutcome.Issued, invitation, customer is null ? links.For(token) : null, lifetime);
    }

    /// <summary>
    /// The sender's newest service that ended within the survey's lifetime, in <paramref name="conversationId"/> when
    /// given: what a typed "encuesta" is about.
    /// </summary>
    public async Task<ServiceSession?> LastEndedAsync(TurnContext turn, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lifetime = content.Current.Survey.LinkLifetime;
        var now = time.GetUtcNow();
        var agentSessions = await sessions.ListByAgentAsync(turn.Activity.From!.Id!, now - lifetime - TimeSpan.FromDays(1), now.AddMinutes(1), cancellationToken);
        return agentSessions
            .Where(session => session.EndedAt is { } ended && ended >= now - lifetime && (conversationId is null || session.ConversationId == conversationId))
            .MaxBy(session => session.EndedAt);
    }

    /// <summary>
    /// Records the ended service's invitation with a token nobody is shown, so services ended count for the response
    /// rate whether or not the agent offers the survey; "Encuesta" gives it a token to use.
    /// </summary>
    public async Task RecordEndedAsync(TurnContext turn, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await sessions.GetAsync(sessionId, cancellationToken) is { EndedAt: not null } session)
        {
            var (invitation, _) = await InvitationAsync(turn, session, SurveyToken.New(), customer: null, cancellationToken);
            await invitations.CreateAsync(invitation, cancellationToken);
        }
    }

    private async Task<(SurveyInvitation Invitation, TimeSpan Lifetime)> InvitationAsync(
        TurnContext turn, ServiceSession session, SurveyToken token, SurveyCustomer? customer, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var agent = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var team = agent is { } key ? await roster.GetTeamOfAgentAsync(key, cancellationToken) : null;
        var now = time.GetUtcNow();
        var lifetime = texts.Content.Survey.LinkLifetime;
        var invitation = new SurveyInvitation
        {
            TokenHash = token.Hash,
            ServiceSessionId = session.Id,
            AgentId = session.AgentId,
            AgentTenantId = agent?.TenantIdText,
            AgentObjectId = agent?.ObjectIdText,
            AgentName = turn.Activity.From?.Name,
            TeamId = team?.Id ?? session.TeamId,
            ConversationId = session.ConversationId,
            ServiceChannel = session.ServiceChannel,
            Language = turn.Language,
            ContentVersion = session.ContentVersion ?? texts.Content.Version.Hash,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            CustomerId = customer?.Id,
            CustomerObjectId = customer?.ObjectId,
            CustomerName = customer?.Name,
            CustomerConversationId = customer?.ConversationId,
        };
        return (invitation, lifetime);
    }
}
