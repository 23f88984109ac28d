using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Dialogs;
using ServiceBot.Turns.Handlers;

namespace ServiceBot.Turns;

/// <summary>
/// Every route of the bot, in the order they are tried; the first match handles the turn. An invoke no route matches
/// is answered 501; any other unmatched activity is acknowledged and ignored.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<Route> Routes { get; } =
    [
        new("welcome.botAdded", IsBotAddedToConversation, typeof(WelcomeHandler)) { ChecksRedelivery = true, SavesReference = true },
        new("welcome.installed", IsInstallation, typeof(WelcomeHandler)) { ChecksRedelivery = true, SavesReference = true },
        new("welcome.uninstalled", WelcomeHandler.IsUninstall, typeof(WelcomeHandler)),
        new("card.feedbackReview", turn => (IsCardActionInvoke(turn) || IsMessage(turn)) && Feedback.FeedbackReviewHandler.Handles(turn), typeof(Feedback.FeedbackReviewHandler)),
        new("card.survey", turn => (IsCardActionInvoke(turn) || IsMessage(turn)) && Feedback.SurveyCardHandler.Handles(turn), typeof(Feedback.SurveyCardHandler)),
        new("admin.quickEdit", turn => (IsCardActionInvoke(turn) || IsMessage(turn)) && Admin.QuickEditHandler.Handles(turn), typeof(Admin.QuickEditHandler)),
        new("card.supervisor", turn => (IsCardActionInvoke(turn) || IsMessage(turn)) && SupervisorHandler.HandlesButton(turn), typeof(SupervisorHandler)),
        new("card.coaching", turn => IsCardActionInvoke(turn) && CoachingDialog.Handles(CardAction.GetVerb(turn.Activity)), typeof(CoachingHandler)) { ChecksRedelivery = true },
        new("card.unknownVerb", IsCardActionInvoke, typeof(UnknownCardActionHandler)),
        new("messageExtension.phrases", turn => IsInvoke(turn, InvokeNames.ComposeExtensionQuery), typeof(PhraseSearchHandler)),
        new(Feedback.SurveyInChatHandler.RouteName, turn => IsMessage(turn) && Feedback.SurveyInChatHandler.Handles(turn), typeof(Feedback.SurveyInChatHandler)),
        new("message.surveyForPerson", turn => IsMessage(turn) && Feedback.SurveyForPersonHandler.Handles(turn), typeof(Feedback.SurveyForPersonHandler)),
        new("message.results", turn => IsMessage(turn) && turn.Activity.Value is null && Feedback.Results.ResultsHandler.Handles(turn), typeof(Feedback.Results.ResultsHandler)),
        // Typed text: the coaching turn checks for a redelivery before it asks the roster whether the writer gets the menu instead.
        new("message.supervisor", turn => IsMessage(turn) && SupervisorHandler.MayBeSupervisorText(turn), typeof(SupervisorHandler)) { ChecksRedelivery = true },
        new("message.coaching", IsMessage, typeof(CoachingHandler)) { ChecksRedelivery = true },
    ];

    private static bool IsMessage(TurnContext turn) => turn.Activity.IsType(ActivityTypes.Message);

    private static bool IsCardActionInvoke(TurnContext turn) => IsInvoke(turn, InvokeNames.AdaptiveCardAction);

    private static bool IsInvoke(TurnContext turn, string name) =>
        turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == name;

    private static bool IsBotAddedToConversation(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.ConversationUpdate) &&
        turn.Activity.MembersAdded?.Any(m => m.Id is not null && m.Id == turn.Activity.Recipient?.Id) == true;

    private static bool IsInstallation(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.InstallationUpdate) && turn.Activity.Action is "add" or "add-upgrade";
}
