using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Turns;

namespace ServiceBot.Feedback;

/// <summary>
/// Issues the survey of an ended service when its agent asks for it ("Encuesta" on the closed service card): one
/// invitation per service (agent, team from the roster, channel, content version, expiry from the content), either a
/// one-time link or a Teams customer who alone may answer. Asking again, or the other way, gives the unanswered
/// invitation a new token (the earlier link stops working); an answered service is never offered again.
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
    public async Task<SurveyIssue> IssueAsync(TurnContext turn, string? sessionId, SurveyCustomer? customer, CancellationToken cancellationToken)
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

        var texts = turn.TextsFrom(content);
        var agent = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var team = agent is { } key ? await roster.GetTeamOfAgentAsync(key, cancellationToken) : null;
        var token = SurveyToken.New();
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
        if (!await invitations.CreateAsync(invitation, cancellationToken) && !await invitations.ReissueAsync(invitation, cancellationToken))
        {
            return new SurveyIssue(SurveyIssueOutcome.Answered);
        }

        return new SurveyIssue(SurveyIssueOutcome.Issued, invitation, customer is null ? links.For(token) : null, lifetime);
    }
}
