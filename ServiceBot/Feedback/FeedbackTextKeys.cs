namespace ServiceBot.Feedback;

/// <summary>
/// Interface texts of post-service feedback (dialogs/texts/ui.yaml, section "Post-service feedback"): the survey page,
/// the agent's link card, the agent's summary, the supervisor's alert and the results. Content validation requires
/// every key listed here, as it does <see cref="Localization.TextKeys"/>.
/// </summary>
public static class FeedbackTextKeys
{
    public const string LinkOpen = "survey.link.open";
    public const string LinkExpires = "survey.link.expires";
    public const string LinkQrAlt = "survey.link.qrAlt";

    public const string ChoiceTitle = "survey.choice.title";
    public const string ChoiceLink = "survey.choice.link";
    public const string ChoiceTeamsInChat = "survey.choice.teamsInChat";
    public const string ChoiceTeamsElsewhere = "survey.choice.teamsElsewhere";
    public const string ChoicePerson = "survey.choice.person";
    public const string ChoicePersonPlaceholder = "survey.choice.personPlaceholder";
    public const string ChoicePersonSend = "survey.choice.personSend";
    public const string PersonPick = "survey.person.pick";
    public const string PersonSent = "survey.person.sent";
    public const string PersonAlreadySent = "survey.person.alreadySent";
    public const string PersonUnreachable = "survey.person.unreachable";
    public const string PersonNotFound = "survey.person.notFound";
    public const string PersonAmbiguous = "survey.person.ambiguous";
    public const string OfferNotYours = "survey.offer.notYours";
    public const string OfferNoService = "survey.offer.noService";
    public const string OfferNoLink = "survey.offer.noLink";
    public const string TeamsPending = "survey.teams.pending";
    public const string TeamsPendingHint = "survey.teams.pendingHint";
    public const string TeamsAnswer = "survey.teams.answer";
    public const string TeamsAnswered = "survey.teams.answered";
    public const string TeamsExpired = "survey.teams.expired";
    public const string TeamsThanks = "survey.teams.thanks";
    public const string TeamsOnlyCustomer = "survey.teams.onlyCustomer";
    public const string TeamsTypedThanks = "survey.teams.typedThanks";
    public const string TeamsFixRating = "survey.teams.fixRating";

    public const string PageSubmit = "survey.page.submit";
    public const string PageOptional = "survey.page.optional";
    public const string PageCommentHint = "survey.page.commentHint";
    public const string PagePrivacy = "survey.page.privacy";
    public const string PageOtherLanguage = "survey.page.otherLanguage";
    public const string PageErrorSummary = "survey.page.errorSummary";
    public const string PageErrorRating = "survey.page.errorRating";
    public const string PageErrorEffort = "survey.page.errorEffort";
    public const string PageErrorAspect = "survey.page.errorAspect";
    public const string PageErrorComment = "survey.page.errorComment";
    public const string PageThanksTitle = "survey.page.thanksTitle";
    public const string PageReceivedTitle = "survey.page.receivedTitle";
    public const string PageReceived = "survey.page.received";
    public const string PageExpiredTitle = "survey.page.expiredTitle";
    public const string PageNotFoundTitle = "survey.page.notFoundTitle";
    public const string PageNotFound = "survey.page.notFound";
    public const string PageFormExpired = "survey.page.formExpired";
    public const string PageTooMany = "survey.page.tooMany";

    public const string SummaryAspects = "feedback.summaryAspects";
    public const string SummaryComment = "feedback.summaryComment";
    public const string SummaryEffort = "feedback.summaryEffort";
    public const string AlertTitle = "feedback.alertTitle";
    public const string AlertContext = "feedback.alertContext";
    public const string AlertPlaybooks = "feedback.alertPlaybooks";
    public const string AlertNoPlaybook = "feedback.alertNoPlaybook";
    public const string AlertMoments = "feedback.alertMoments";
    public const string AlertSteps = "feedback.alertSteps";
    public const string AlertSkipped = "feedback.alertSkipped";
    public const string AlertWaits = "feedback.alertWaits";
    public const string AlertReview = "feedback.alertReview";
    public const string ReviewToAgent = "feedback.reviewToAgent";
    public const string ReviewConfirmed = "feedback.reviewConfirmed";
    public const string ReviewNotYours = "feedback.reviewNotYours";

    public const string ResultsTitle = "results.title";
    public const string ResultsTitleMine = "results.titleMine";
    public const string ResultsNone = "results.none";
    public const string ResultsCsat = "results.csat";
    public const string ResultsMean = "results.mean";
    public const string ResultsAnswers = "results.answers";
    public const string ResultsRate = "results.rate";
    public const string ResultsCes = "results.ces";
    public const string ResultsTrend = "results.trend";
    public const string ResultsAspects = "results.aspects";
    public const string ResultsByAgent = "results.byAgent";
    public const string ResultsOpen = "results.open";
}
