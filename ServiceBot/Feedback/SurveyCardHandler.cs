using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Storage;
using ServiceBot.Turns;
using CardAction = ServiceBot.Turns.CardAction;

namespace ServiceBot.Feedback;

/// <summary>
/// The survey's card actions, as Action.Execute invokes or their Action.Submit fallback (a message with the data):
/// the agent's "Encuesta" (the choice), "Enlace y código QR" (the link card) and "Enviar por Teams" (the survey to the
/// picked person's 1:1 chat with the bot); on a Teams survey card, the refresh or
/// "Responder" (the form for the invited customer, the status for anyone else) and "Enviar" (recorded once, by the same
/// atomic claim as the web page, then the card says "respondida" to everyone). Who sent each action is checked every
/// time; the card's data is never trusted.
/// </summary>
public sealed class SurveyCardHandler(
    SurveyHandOff handOff,
    SurveyPersonSender personSender,
    ISurveyInvitationStore invitations,
    SurveySubmissions submissions,
    ContentStore content,
    TimeProvider time,
    ILogger<SurveyCardHandler> logger) : ITurnHandler
{
    public static bool Handles(TurnContext turn) => FeedbackVerbs.IsSurveyVerb(CardAction.GetVerb(turn.Activity));

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var verb = CardAction.GetVerb(turn.Activity)!;
        var data = CardAction.GetData(turn.Activity);
        var sessionId = Text(data, FeedbackVerbs.SessionProperty);
        switch (verb)
        {
            case FeedbackVerbs.Offer:
                await OfferAsync(turn, sessionId, cancellationToken);
                break;
            case FeedbackVerbs.Link:
                await LinkAsync(turn, sessionId, cancellationToken);
                break;
            case FeedbackVerbs.Person:
                await PersonAsync(turn, sessionId, Text(data, FeedbackVerbs.PersonInput), cancellationToken);
                break;
            case FeedbackVerbs.View:
                await ViewAsync(turn, sessionId, cancellationToken);
                break;
            default:
                await SubmitAsync(turn, sessionId, data, cancellationToken);
                break;
        }
    }

    private async Task OfferAsync(TurnContext turn, string? sessionId, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            await AnswerAsync(turn, texts[FeedbackTextKeys.OfferNoService], cancellationToken);
            return;
        }

        var inGroupChat = turn.Activity.Conversation?.ConversationType is "groupChat" or "channel";
        var choice = AdaptiveCards.ToActivity(SurveyChoiceCard.Create(texts, sessionId, inGroupChat, peoplePicker: turn.Provenance != ServiceUrlProvenance.LocalMode));
        await turn.SendActivityAsync(choice, cancellationToken);
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            // The closed service card stays as it is; the choice comes below it.
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message(texts[FeedbackTextKeys.ChoiceTitle]);
        }
    }

    private async Task LinkAsync(TurnContext turn, string? sessionId, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var issue = await handOff.IssueAsync(turn, sessionId, customer: null, cancellationToken);
        if (issue.Outcome != SurveyIssueOutcome.Issued)
        {
            await AnswerAsync(turn, texts[OfferRefusal(issue.Outcome)], cancellationToken);
            return;
        }

        await AnswerWithCardAsync(turn, SurveyLinkCard.Create(texts, issue.Link!, issue.Lifetime), cancellationToken);
    }

    private async Task PersonAsync(TurnContext turn, string? sessionId, string? picked, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        // The picker gives the person's Entra object id; anything else (empty, a name typed into an old client) is not a person.
        if (!Guid.TryParse(picked, out var objectId))
        {
            await AnswerAsync(turn, texts[FeedbackTextKeys.PersonPick], cancellationToken);
            return;
        }

        var issue = await personSender.SendAsync(turn, sessionId, objectId.ToString("D"), name: null, cancellationToken);
        await AnswerPersonIssueAsync(turn, texts, sessionId!, issue, cancellationToken);
    }

    /// <summary>Tells the agent how sending the survey to a person went; when Teams would not take it, offers the link.</summary>
    internal static async Task AnswerPersonIssueAsync(TurnContext turn, CardTexts texts, string sessionId, SurveyIssue issue, CancellationToken cancellationToken)
    {
        var customer = issue.Invitation?.CustomerName ?? "—";
        switch (issue.Outcome)
        {
            case SurveyIssueOutcome.Issued:
                await AnswerAsync(turn, texts.Fill(FeedbackTextKeys.PersonSent, ("customer", customer)), cancellationToken);
                break;
            case SurveyIssueOutcome.AlreadySent:
                await AnswerAsync(turn, texts.Fill(FeedbackTextKeys.PersonAlreadySent, ("customer", customer)), cancellationToken);
                break;
            case SurveyIssueOutcome.Unreachable:
                await AnswerWithCardAsync(turn, SurveyChoiceCard.Unreachable(texts, sessionId, customer), cancellationToken);
                break;
            default:
                await AnswerAsync(turn, texts[OfferRefusal(issue.Outcome)], cancellationToken);
                break;
        }
    }

    private async Task ViewAsync(TurnContext turn, string? sessionId, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var invitation = await FindAsync(sessionId, cancellationToken);
        if (invitation is null)
        {
            await AnswerAsync(turn, texts[TextKeysFor.Expired], cancellationToken);
            return;
        }

        var state = invitation.StateAt(time.GetUtcNow());
        if (state == SurveyState.Open && invitation.IsCustomer(turn.Activity.From))
        {
            await AnswerWithCardAsync(turn, SurveyFormCard.Create(texts, texts.Content.Survey, invitation.ServiceSessionId), cancellationToken);
            return;
        }

        if (state == SurveyState.Open)
        {
            FeedbackLog.TeamsSurveyRefused(logger, FeedbackVerbs.View, invitation.ServiceSessionId);
        }

        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(SurveyStatusCard.Create(texts, invitation, state));
            return;
        }

        await turn.SendActivityAsync(Activity.CreateMessage(texts.Fill(FeedbackTextKeys.TeamsOnlyCustomer, ("customer", invitation.CustomerName ?? "—"))), cancellationToken);
    }

    private async Task SubmitAsync(TurnContext turn, string? sessionId, JsonElement? data, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var invitation = await FindAsync(sessionId, cancellationToken);
        if (invitation is null)
        {
            await AnswerAsync(turn, texts[TextKeysFor.Expired], cancellationToken);
            return;
        }

        if (!invitation.IsCustomer(turn.Activity.From))
        {
            FeedbackLog.TeamsSurveyRefused(logger, FeedbackVerbs.Submit, invitation.ServiceSessionId);
            var state = invitation.StateAt(time.GetUtcNow());
            if (turn.Activity.IsType(ActivityTypes.Invoke))
            {
                turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(SurveyStatusCard.Create(texts, invitation, state));
                return;
            }

            await turn.SendActivityAsync(Activity.CreateMessage(texts.Fill(FeedbackTextKeys.TeamsOnlyCustomer, ("customer", invitation.CustomerName ?? "—"))), cancellationToken);
            return;
        }

        var survey = texts.Content.Survey;
        var reading = SurveyAnswerReader.Read(
            survey,
            Text(data, SurveyFormCard.RatingInput),
            (Text(data, SurveyFormCard.AspectsInput) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Text(data, SurveyFormCard.EffortInput),
            Text(data, SurveyFormCard.CommentInput),
            FeedbackSource.Teams);
        if (reading.Answer is null)
        {
            var form = SurveyFormCard.Create(texts, survey, invitation.ServiceSessionId, texts[FeedbackTextKeys.PageErrorSummary]);
            await AnswerWithCardAsync(turn, form, cancellationToken);
            return;
        }

        var claim = await submissions.SubmitAsync(invitation.TokenHash, reading.Answer, cancellationToken);
        var after = claim.Recorded ? SurveyState.Answered : claim.State;
        var statusCard = SurveyStatusCard.Create(texts, invitation, after == SurveyState.Open ? SurveyState.Answered : after);
        var thanks = after switch
        {
            SurveyState.Expired => texts[TextKeysFor.Expired],
            _ when claim.Recorded => texts[FeedbackTextKeys.TeamsThanks],
            _ => texts[TextKeysFor.AlreadyAnswered],
        };

        // Everyone's copy of the card (the message the button belongs to) now says it was answered.
        if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            await turn.UpdateActivityAsync(cardId, AdaptiveCards.ToActivity(statusCard), cancellationToken);
        }

        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            var thanksCard = AdaptiveCards.Card([AdaptiveCards.Title(texts.Fill(FeedbackTextKeys.TeamsAnswered, ("customer", invitation.CustomerName ?? "—"))), AdaptiveCards.Text(thanks)]);
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(thanksCard);
            return;
        }

        await turn.SendActivityAsync(Activity.CreateMessage(thanks), cancellationToken);
    }

    private async Task<SurveyInvitation?> FindAsync(string? sessionId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(sessionId) ? null : await invitations.FindBySessionAsync(sessionId, cancellationToken);

    internal static string OfferRefusal(SurveyIssueOutcome outcome) => outcome switch
    {
        SurveyIssueOutcome.NoLink => FeedbackTextKeys.OfferNoLink,
        SurveyIssueOutcome.NotYours => FeedbackTextKeys.OfferNotYours,
        SurveyIssueOutcome.Answered => TextKeysFor.AlreadyAnswered,
        _ => FeedbackTextKeys.OfferNoService,
    };

    /// <summary>A card that replaces the pressed one (Universal Actions), or a new message for the Action.Submit fallback.</summary>
    private static async Task AnswerWithCardAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
            return;
        }

        await turn.SendActivityAsync(AdaptiveCards.ToActivity(card), cancellationToken);
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

    private static string? Text(JsonElement? data, string name) =>
        data is { } value && value.TryGetProperty(name, out var field)
            ? field.ValueKind switch
            {
                JsonValueKind.String => field.GetString(),
                JsonValueKind.Number => field.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The general interface texts this handler shares with the rest of the bot.</summary>
    private static class TextKeysFor
    {
        public const string Expired = Localization.TextKeys.ErrorSurveyExpired;
        public const string AlreadyAnswered = Localization.TextKeys.ErrorSurveyAlreadyAnswered;
    }
}
