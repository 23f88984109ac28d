namespace ServiceBot.Localization;

/// <summary>Keys of the bot's interface texts, shared by the catalog and the card builders.</summary>
public static class TextKeys
{
    public const string WelcomeTitle = "welcome.title";
    public const string WelcomeBody = "welcome.body";
    public const string MenuTitle = "menu.title";
    public const string MenuNewService = "menu.newService";
    public const string MenuPhrases = "menu.phrases";
    public const string MenuAnotherCustomer = "menu.anotherCustomer";
    public const string MenuDifficultCustomer = "menu.difficultCustomer";
    public const string MenuReviewDraft = "menu.reviewDraft";
    public const string MenuHelp = "menu.help";
    public const string HelpBody = "help.body";
    public const string ErrorGeneric = "error.generic";

    // Added with the dialog content (dialogs/texts/ui.yaml); content validation requires every key listed here.
    public const string MenuEndService = "menu.endService";
    public const string MenuCallSupervisor = "menu.callSupervisor";
    public const string HelpTitle = "help.title";
    public const string ProtocolTitle = "protocol.title";
    public const string ProtocolTipLabel = "protocol.tipLabel";
    public const string ProtocolWhyLabel = "protocol.whyLabel";
    public const string ProtocolProgress = "protocol.progress";
    public const string MomentGreeting = "moment.greeting";
    public const string MomentWaiting = "moment.waiting";
    public const string MomentListening = "moment.listening";
    public const string MomentApology = "moment.apology";
    public const string MomentSolution = "moment.solution";
    public const string MomentClosing = "moment.closing";
    public const string MomentFarewell = "moment.farewell";
    public const string TemperamentPrompt = "temperament.prompt";
    public const string TemperamentJovial = "temperament.jovial";
    public const string TemperamentSerious = "temperament.serious";
    public const string TemperamentUpset = "temperament.upset";
    public const string TemperamentHurried = "temperament.hurried";
    public const string ChannelPrompt = "channel.prompt";
    public const string ChannelInPerson = "channel.inPerson";
    public const string ChannelPhone = "channel.phone";
    public const string ChannelChat = "channel.chat";
    public const string PlaybookChoose = "playbook.choose";
    public const string PlaybookSayLabel = "playbook.sayLabel";
    public const string PlaybookAvoidLabel = "playbook.avoidLabel";
    public const string PlaybookNextStep = "playbook.nextStep";
    public const string PlaybookFinish = "playbook.finish";
    public const string PlaybookStepOf = "playbook.stepOf";
    public const string WaitingStarted = "waiting.started";
    public const string WaitingReminder = "waiting.reminder";
    public const string WaitingServed = "waiting.served";
    public const string DraftTitle = "draft.title";
    public const string DraftLooksGood = "draft.looksGood";
    public const string DraftSuggestedVersion = "draft.suggestedVersion";
    public const string DraftUsage = "draft.usage";
    public const string DraftGreeting = "draft.greeting";
    public const string PhrasesRegisterTu = "phrases.registerTu";
    public const string PhrasesRegisterUsted = "phrases.registerUsted";
    public const string DraftPlaceholder = "draft.placeholder";
    public const string DraftReviewButton = "draft.reviewButton";
    public const string DraftGreetingMorning = "draft.greetingMorning";
    public const string DraftGreetingAfternoon = "draft.greetingAfternoon";
    public const string DraftGreetingEvening = "draft.greetingEvening";
    public const string ConfirmServiceStarted = "confirm.serviceStarted";
    public const string ConfirmServiceEnded = "confirm.serviceEnded";
    public const string ConfirmSurveySent = "confirm.surveySent";
    public const string ConfirmSurveyLink = "confirm.surveyLink";
    public const string ConfirmSupervisorCalled = "confirm.supervisorCalled";
    public const string ConfirmStepDone = "confirm.stepDone";
    public const string FeedbackReceived = "feedback.received";
    public const string FeedbackEncouragementHigh = "feedback.encouragementHigh";
    public const string FeedbackEncouragementLow = "feedback.encouragementLow";
    public const string ErrorUnknownCommand = "error.unknownCommand";
    public const string ErrorNoActiveService = "error.noActiveService";
    public const string ErrorEmptyDraft = "error.emptyDraft";
    public const string ErrorDraftTooLong = "error.draftTooLong";
    public const string ErrorSurveyExpired = "error.surveyExpired";
    public const string ErrorSurveyAlreadyAnswered = "error.surveyAlreadyAnswered";
    public const string PhraseSearchNoResults = "phraseSearch.noResults";

    // Coaching flows.
    public const string MenuCancel = "menu.cancel";
    public const string ConfirmCancelled = "confirm.cancelled";
    public const string PromptNotUnderstood = "prompt.notUnderstood";
    public const string PromptYes = "prompt.yes";
    public const string PromptNo = "prompt.no";
    public const string PromptDraft = "prompt.draft";
    public const string PhrasesTitle = "phrases.title";
    public const string PhrasesMore = "phrases.more";
    public const string PhrasesNextMoment = "phrases.nextMoment";
    public const string ProtocolNextLabel = "protocol.nextLabel";
    public const string ProtocolAllDone = "protocol.allDone";
    public const string ProtocolCustomer = "protocol.customer";
    public const string SessionReplacePrompt = "session.replacePrompt";
    public const string SessionSummaryTitle = "session.summaryTitle";
    public const string SessionStepsDone = "session.stepsDone";
    public const string SessionWaitingCustomers = "session.waitingCustomers";
    public const string SessionClosingPhrases = "session.closingPhrases";
    public const string WaitingServedButton = "waiting.servedButton";
    public const string WaitingRemindersAt = "waiting.remindersAt";
    public const string WaitingNoneWaiting = "waiting.noneWaiting";

    // Understanding: "did you mean…?" when a message could mean two or three things.
    public const string UnderstandingDidYouMean = "understanding.didYouMean";
    public const string UnderstandingSomethingElse = "understanding.somethingElse";
    public const string PlaybookMethod = "playbook.method";
    public const string PlaybookDone = "playbook.done";
    public const string SupervisorCallTitle = "supervisor.callTitle";
    public const string SupervisorCallDetails = "supervisor.callDetails";
    public const string SupervisorCallSession = "supervisor.callSession";
    public const string SupervisorCallPlaybook = "supervisor.callPlaybook";
    public const string SupervisorCallWaiting = "supervisor.callWaiting";
    public const string SupervisorUnreachable = "supervisor.unreachable";

    // The live card (issue 12).
    public const string LiveTitle = "live.title";
    public const string LiveElapsed = "live.elapsed";
    public const string LiveJustStarted = "live.justStarted";
    public const string LiveRegisterUsted = "live.registerUsted";
    public const string LiveRegisterTu = "live.registerTu";
    public const string LiveNext = "live.next";
    public const string LiveBack = "live.back";
    public const string LiveEnd = "live.end";
    public const string LiveAnother = "live.another";
    public const string LiveWhy = "live.why";
    public const string LiveShow = "live.show";
    public const string LiveMovedDown = "live.movedDown";
    public const string LiveOpenGuide = "live.openGuide";
    public const string LiveWaiting = "live.waiting";
    public const string LiveWaitingNow = "live.waitingNow";
    public const string LiveServeWaiting = "live.serveWaiting";
    public const string MenuShowService = "menu.showService";
    public const string StageArrival = "stage.arrival";
    public const string StageService = "stage.service";
    public const string StageClose = "stage.close";
    public const string MoodTipJovial = "mood.tipJovial";
    public const string MoodTipSerious = "mood.tipSerious";
    public const string MoodTipUpset = "mood.tipUpset";
    public const string MoodTipHurried = "mood.tipHurried";
    public const string MethodHear = "method.hear";
    public const string MethodListen = "method.listen";
    public const string MethodEmpathize = "method.empathize";
    public const string MethodApologize = "method.apologize";
    public const string MethodResolve = "method.resolve";
    public const string MethodSolve = "method.solve";
    public const string MethodDiagnose = "method.diagnose";
    public const string MethodThank = "method.thank";
    public const string PlaybookNoteLabel = "playbook.noteLabel";
    public const string PlaybookNotePlaceholder = "playbook.notePlaceholder";
    public const string PlaybookNoteSaved = "playbook.noteSaved";
    public const string WaitingYourTurn = "waiting.yourTurn";
    public const string SessionClosedTitle = "session.closedTitle";

    /// <summary>The closed service card's "Encuesta": offers the post-service survey (a link and QR code, or a Teams customer).</summary>
    public const string SurveyOffer = "survey.offer";

    public const string SessionWellDone = "session.wellDone";
    public const string SessionServeNext = "session.serveNext";
    public const string DraftInputLabel = "draft.inputLabel";
    public const string DraftCopyHint = "draft.copyHint";
    public const string DraftAnother = "draft.another";
    public const string SupervisorCalling = "supervisor.calling";
    public const string ListAnd = "list.and";
    public const string HelloMorning = "hello.morning";
    public const string HelloAfternoon = "hello.afternoon";
    public const string HelloEvening = "hello.evening";
    public const string WelcomeChain = "welcome.chain";
}
