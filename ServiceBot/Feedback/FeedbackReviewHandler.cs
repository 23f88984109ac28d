using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Turns;
using CardAction = ServiceBot.Turns.CardAction;

namespace ServiceBot.Feedback;

/// <summary>
/// A supervisor's "Lo reviso" on a low-rating alert: checked against the roster (only a supervisor of the agent's
/// team, never whoever holds the card), then the agent hears it will be looked into (a scheduled message, sent once)
/// and the supervisor gets a confirmation.
/// </summary>
public sealed class FeedbackReviewHandler(
    ISurveyInvitationStore invitations,
    IFeedbackStore feedback,
    IRosterStore roster,
    IScheduledMessageStore scheduled,
    FeedbackLoop loop,
    ContentStore content,
    TimeProvider time,
    ILogger<FeedbackReviewHandler> logger) : ITurnHandler
{
    public static bool Handles(TurnContext turn) => CardAction.GetVerb(turn.Activity) == FeedbackVerbs.Review;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.TextsFrom(content);
        var sessionId = CardAction.GetData(turn.Activity) is { } data && data.TryGetProperty(FeedbackVerbs.SessionProperty, out var value) &&
            value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
        var invitation = string.IsNullOrWhiteSpace(sessionId) ? null : await invitations.FindBySessionAsync(sessionId, cancellationToken);
        var response = invitation is null ? null : await feedback.GetBySessionAsync(invitation.ServiceSessionId, cancellationToken);
        var supervisor = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var agent = invitation is null ? null : PersonKey.From(invitation.AgentTenantId, invitation.AgentObjectId);
        if (invitation is null || response is null || supervisor is null ||
            !(await roster.GetSupervisorsOfAgentAsync(agent, cancellationToken)).Any(person => person.Key == supervisor))
        {
            FeedbackLog.ReviewRefused(logger, sessionId ?? "(none)");
            await AnswerAsync(turn, texts[FeedbackTextKeys.ReviewNotYours], cancellationToken);
            return;
        }

        var people = await roster.GetAsync(cancellationToken);
        var supervisorName = people.FindPerson(supervisor.Value)?.DisplayName ?? turn.Activity.From?.Name ?? "—";
        var agentName = await loop.AgentNameAsync(invitation, cancellationToken);
        if (invitation.ConversationId is { } conversationId)
        {
            var agentTexts = new CardTexts(content.Current, invitation.Language);
            var message = Activity.CreateMessage(agentTexts.Fill(FeedbackTextKeys.ReviewToAgent, ("supervisor", supervisorName), ("rating", response.Rating)));
            await scheduled.ScheduleAsync(
                new ScheduledMessage($"feedback/{invitation.ServiceSessionId}/review/{supervisor.Value.ObjectIdText}", conversationId, invitation.AgentId, time.GetUtcNow(), message),
                cancellationToken);
        }

        await AnswerAsync(turn, texts.Fill(FeedbackTextKeys.ReviewConfirmed, ("agent", agentName)), cancellationToken);
    }

    private static async Task AnswerAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message(text);
            return;
        }

        await turn.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
    }
}
