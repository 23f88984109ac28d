using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// Closes the loop once an answer is recorded: the agent's summary, and for a rating of 1–2 an alert to each of the
/// agent's supervisors with the service's context. Both are scheduled messages due now, so the dispatcher sends each
/// once across instances and a restart loses none (ids derive from the session: nothing is queued twice).
/// </summary>
public sealed class FeedbackLoop(
    IScheduledMessageStore scheduled,
    IServiceSessionStore sessions,
    IRosterStore roster,
    IConversationReferenceStore references,
    ContentStore content,
    TimeProvider time,
    ILogger<FeedbackLoop> logger)
{
    public const int AlertAtOrBelow = 2;

    public async Task AfterAnswerAsync(SurveyInvitation invitation, FeedbackResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(response);
        var now = time.GetUtcNow();
        if (invitation.ConversationId is { } conversationId)
        {
            var texts = new CardTexts(content.Current, invitation.Language);
            var summary = AdaptiveCards.ToActivity(FeedbackSummaryCard.Create(texts, response));
            await scheduled.ScheduleAsync(new ScheduledMessage($"feedback/{response.ServiceSessionId}/agent", conversationId, invitation.AgentId, now, summary), cancellationToken);
        }

        if (response.Rating <= AlertAtOrBelow)
        {
            await AlertSupervisorsAsync(invitation, response, now, cancellationToken);
        }
    }

    private async Task AlertSupervisorsAsync(SurveyInvitation invitation, FeedbackResponse response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agent = PersonKey.From(invitation.AgentTenantId, invitation.AgentObjectId);
        var supervisors = await roster.GetSupervisorsOfAgentAsync(agent, cancellationToken);
        var session = await sessions.GetAsync(response.ServiceSessionId, cancellationToken);
        var agentName = await AgentNameAsync(invitation, cancellationToken);
        var alerted = 0;
        foreach (var supervisor in supervisors.DistinctBy(person => person.Key))
        {
            var candidates = await references.FindByAadObjectIdAsync(supervisor.Key.ObjectIdText, cancellationToken);
            if (SupervisorNotifier.PickOneOnOne(candidates) is not { } stored ||
                stored.Reference.Conversation?.Id is not { } conversationId || stored.Reference.User?.Id is not { } userId)
            {
                FeedbackLog.SupervisorWithoutChat(logger, supervisor.Key.ObjectIdText);
                continue;
            }

            var texts = new CardTexts(content.Current, LocaleResolver.Resolve(stored.Reference.Locale));
            var card = LowRatingAlertCard.Create(texts, response, session, agentName);
            var activity = TeamsNotification.WithAlert(AdaptiveCards.ToActivity(card) with { Locale = stored.Reference.Locale });
            await scheduled.ScheduleAsync(
                new ScheduledMessage($"feedback/{response.ServiceSessionId}/supervisor/{supervisor.Key.ObjectIdText}", conversationId, userId, now, activity),
                cancellationToken);
            alerted++;
        }

        FeedbackLog.LowRatingAlerted(logger, response.ServiceSessionId, response.Rating, alerted);
    }

    /// <summary>The roster's name for the agent, else the name Teams gave in the agent's chat with the bot.</summary>
    public async Task<string> AgentNameAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var agent = PersonKey.From(invitation.AgentTenantId, invitation.AgentObjectId);
        if (agent is { } key && (await roster.GetAsync(cancellationToken)).FindPerson(key)?.DisplayName is { Length: > 0 } name)
        {
            return name;
        }

        if (invitation.AgentName is { Length: > 0 } given)
        {
            return given;
        }

        var reference = invitation.ConversationId is { } conversationId
            ? await references.GetAsync(conversationId, invitation.AgentId, cancellationToken)
            : null;
        return reference?.Reference.User?.Name ?? agent?.ObjectIdText ?? invitation.AgentId;
    }
}
