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
    public const string AlertSteps = "feedback.alertSteps";
    public const string AlertSkipped = "feedback.alertSkipped";
    public const string AlertWaits = "feedback.alertWaits";
    public const string AlertReview = "feedback.alertReview";
    public const string ReviewToAgent = "feedback.reviewToAgent";
    public const string ReviewConfirmed = "feedback.reviewConfirmed";
    public const string ReviewNotYours = "feedback.reviewNotYours";
}
