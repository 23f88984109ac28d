using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.People;
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
    TimeProvider time,
    ILogger<SurveyHandOff> logger)
{
    public Task<SurveyIssue> IssueAsync(TurnContext turn, string? sessionId, SurveyCustomer? customer, CancellationToken cancellationToken) =>
        IssueAsync(turn, sessionId, customer, invitations.ReissueAsync, cancellationToken);

    /// <summary>
    /// The survey for one person in their 1:1 chat with the bot: issued once however often it is asked for, so a
    /// double tap sends one card (<see cref="SurveyIssueOutcome.AlreadySent"/> for the others).
    /// </summary>
    public async Task<SurveyIssue> IssueToPersonAsync(TurnContext turn, string? sessionId, SurveyCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var issue = await IssueAsync(turn, sessionId, customer, invitations.ReissueToPersonAsync, cancellationToken);
        if (issue.Outcome == SurveyIssueOutcome.Answered && sessionId is not null &&
            await invitations.FindBySessionAsync(sessionId, cancellationToken) is { UsedAt: null } pending)
        {
            return new SurveyIssue(SurveyIssueOutcome.AlreadySent, pending);
        }

        return issue;
    }

    private async Task<SurveyIssue> IssueAsync(
        TurnContext turn, string? sessionId, SurveyCustomer? customer, Func<SurveyInvitation, CancellationToken, Task<bool>> reissue, CancellationToken cancellationToken)
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
        if (!await invitations.CreateAsync(invitation, cancellationToken) && !await reissue(invitation, cancellationToken))
        {
            return new SurveyIssue(SurveyIssueOutcome.Answered);
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
