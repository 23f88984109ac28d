using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Turns;
using ServiceBot.Understanding;

namespace ServiceBot.Feedback;

/// <summary>
/// The survey typed in a Teams chat. The agent writes "encuesta @cliente" after a service in a group chat: the chat gets
/// the survey card only that customer can answer. The invited customer writes a rating ("le doy 4", "cinco", "5") in
/// that group chat or in the 1:1 chat the survey was sent to: it is recorded once, by the same claim as the card and
/// the web page, and the card turns into "respondida". Any other message goes on to the next route.
/// </summary>
public sealed class SurveyInChatHandler(
    SurveyHandOff handOff,
    ISurveyInvitationStore invitations,
    SurveySubmissions submissions,
    OutboxSender outbox,
    ContentStore content,
    TimeProvider time,
    ILogger<SurveyInChatHandler> logger) : ITurnHandler
{
    public const string RouteName = "message.surveyInChat";

    private static readonly string[] CommandWords = ["encuesta", "survey"];

    /// <summary>
    /// A plain message that reads as a rating (in a group chat, or in the 1:1 chat a survey was sent to), or, in a group
    /// chat, the survey command with a mention.
    /// </summary>
    public static bool Handles(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Value is not null || turn.Activity.Conversation?.ConversationType is not ("groupChat" or "channel" or "personal"))
        {
            return false;
        }

        if (turn.Activity.Conversation.ConversationType != "personal" && MentionedCustomer(turn) is not null && IsCommand(turn.Text))
        {
            return true;
        }

        var scale = turn.Services.GetRequiredService<ContentStore>().Current.Survey.Rating.Scale;
        return RatingRecognizer.Recognize(turn.Text, scale) is not null;
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.ConversationType != "personal" && MentionedCustomer(turn) is { } mentioned && IsCommand(turn.Text))
        {
            await InviteAsync(turn, mentioned, cancellationToken);
            return;
        }

        if (!await TryRecordRatingAsync(turn, cancellationToken))
        {
            await PassOnAsync(turn, cancellationToken);
        }
    }

    private async Task InviteAsync(TurnContext turn, ChannelAccount mentioned, CancellationToken cancellationToken)
    {
        var texts = turn.TextsFrom(content);
        var conversationId = turn.Activity.Conversation!.Id!;
        var session = await handOff.LastEndedAsync(turn, conversationId, cancellationToken);
        var customer = new SurveyCustomer(mentioned.Id!, mentioned.AadObjectId, mentioned.Name, conversationId);
        OutboxMessage? queued = null;

        // The card everyone sees is in the agent's language; the customer's form follows their own Teams language.
        var issue = await handOff.IssueWithCardAsync(
            turn,
            session?.Id,
            customer,
            invitation => queued = CardRow(turn, invitation, AdaptiveCards.ToActivity(SurveyStatusCard.Create(texts, invitation, SurveyState.Open))),
            cancellationToken);
        if (issue.Outcome == SurveyIssueOutcome.AlreadyProcessed)
        {
            return;
        }

        if (issue.Outcome != SurveyIssueOutcome.Issued)
        {
            await turn.SendActivityAsync(Activity.CreateMessage(texts[SurveyCardHandler.OfferRefusal(issue.Outcome)]), cancellationToken);
            return;
        }

        // Sent now through the turn's channel; if that fails the outbox sends the committed card later. Either send notes
        // the card's message id on the invitation (SurveyCardPostedRecorder), so a rating typed here later turns this
        // card into "respondida" as a press on it does.
        var delivery = await outbox.DeliverAsync(turn.Replies, queued!, CancellationToken.None);
        if (delivery != OutboxDelivery.Sent)
        {
            FeedbackLog.SurveyCardQueued(logger, issue.Invitation!.ServiceSessionId, delivery.ToString());
            return;
        }

        FeedbackLog.TeamsSurveySent(logger, issue.Invitation!.ServiceSessionId);
    }

    /// <summary>The survey card's outbox row: a reply in the turn's conversation, as the turn's own replies are addressed.</summary>
    private static OutboxMessage CardRow(TurnContext turn, SurveyInvitation invitation, Activity card) =>
        SurveyCardRow.For(invitation.TokenHash, turn.Activity.Conversation!.Id!, turn.Activity.ServiceUrl!, turn.Provenance, card.AsReplyTo(turn.Activity));

    private async Task<bool> TryRecordRatingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.Id is not { } fromId || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        // The newest survey for this person here; once answered the claim below says so and records nothing, and once
        // expired a number typed here is no longer taken as a rating.
        var invitation = await invitations.FindLatestForCustomerAsync(conversationId, fromId, turn.Activity.From?.AadObjectId, cancellationToken);
        var texts = turn.TextsFrom(content);
        if (invitation is null || invitation.StateAt(time.GetUtcNow()) == SurveyState.Expired ||
            RatingRecognizer.Recognize(turn.Text, texts.Content.Survey.Rating.Scale) is not { } rating)
        {
            return false;
        }

        var claim = await submissions.SubmitAsync(invitation.TokenHash, new SurveyAnswer(rating, [], null, null, FeedbackSource.Teams), cancellationToken);
        var reply = claim.Recorded
            ? texts.Fill(FeedbackTextKeys.TeamsTypedThanks, ("customer", turn.Activity.From?.Name ?? invitation.CustomerName ?? "—"), ("rating", rating))
            : texts[claim.State == SurveyState.Expired ? Localization.TextKeys.ErrorSurveyExpired : Localization.TextKeys.ErrorSurveyAlreadyAnswered];
        await turn.SendActivityAsync(Activity.CreateMessage(reply), cancellationToken);
        if (claim.Recorded && invitation.CustomerCardActivityId is { } cardId)
        {
            await MarkCardAnsweredAsync(turn, invitation, cardId, cancellationToken);
        }

        return true;
    }

    /// <summary>Everyone's copy of the survey card says it was answered; a card the channel will not update stays as it is.</summary>
    private async Task MarkCardAnsweredAsync(TurnContext turn, SurveyInvitation invitation, string cardId, CancellationToken cancellationToken)
    {
        var everyone = new CardTexts(content.Current, invitation.Language);
        try
        {
            await turn.UpdateActivityAsync(cardId, AdaptiveCards.ToActivity(SurveyStatusCard.Create(everyone, invitation, SurveyState.Answered)), cancellationToken);
        }
        catch (Exception ex) when (ex is BotFramework.Connector.ConnectorException or BotFramework.Connector.UntrustedServiceUrlException)
        {
            FeedbackLog.CardUpdateFailed(logger, ex, invitation.ServiceSessionId);
        }
    }

    /// <summary>Not a survey answer after all: the next route that matches serves the message.</summary>
    private static async Task PassOnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var next = RouteTable.Routes.SkipWhile(route => route.Name != RouteName).Skip(1).FirstOrDefault(route => route.Matches(turn));
        if (next is not null)
        {
            await ((ITurnHandler)turn.Services.GetRequiredService(next.HandlerType)).HandleAsync(turn, cancellationToken);
        }
    }

    private static bool IsCommand(string text) =>
        TextNormalizer.Words(text).FirstOrDefault() is { } first && CommandWords.Contains(first, StringComparer.Ordinal);

    /// <summary>The first person mentioned other than the bot and the sender.</summary>
    private static ChannelAccount? MentionedCustomer(TurnContext turn) =>
        turn.Activity.EntitiesOfType(EntityTypes.Mention)
            .Select(mention => mention.GetAs<ChannelAccount>("mentioned"))
            .FirstOrDefault(person => person?.Id is { Length: > 0 } id && id != turn.Activity.Recipient?.Id && id != turn.Activity.From?.Id);
}
