using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Turns;

namespace ServiceBot.Feedback;

/// <summary>
/// The end of a service hands over to the survey: one invitation per service (agent, team from the roster, channel,
/// content version, expiry from the content) and the link card with its QR code sent to the agent. A redelivered
/// end creates nothing twice.
/// </summary>
public sealed class SurveyHandOff(
    IServiceSessionStore sessions,
    ISurveyInvitationStore invitations,
    IRosterStore roster,
    ContentStore content,
    SurveyLinks links,
    TimeProvider time)
{
    public async Task OfferAsync(TurnContext turn, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var session = await sessions.GetAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return;
        }

        var texts = turn.TextsFrom(content);
        var agent = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var team = agent is { } key ? await roster.GetTeamOfAgentAsync(key, cancellationToken) : null;
        var token = SurveyToken.New();
        var now = time.GetUtcNow();
        var lifetime = texts.Content.Survey.LinkLifetime;
        var created = await invitations.CreateAsync(
            new SurveyInvitation
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
            },
            cancellationToken);
        if (!created)
        {
            return;
        }

        var card = SurveyLinkCard.Create(texts, links.For(token), lifetime);
        await turn.SendActivityAsync(AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale }, cancellationToken);
    }
}
