using System.Text.Json.Nodes;
using ServiceBot.Cards;

namespace ServiceBot.Feedback;

/// <summary>
/// The Teams survey card everyone in the chat sees: read-only, naming the customer it is for and whether it is
/// pending, answered or expired. While pending it refreshes (Universal Actions, <c>refresh.userIds</c>) into the form
/// for that customer only, and carries a "Responder" button whose Action.Submit fallback serves clients without
/// Universal Actions; the bot checks who pressed it every time.
/// </summary>
public static class SurveyStatusCard
{
    public static JsonObject Create(CardTexts texts, SurveyInvitation invitation, SurveyState state)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(invitation);
        var customer = invitation.CustomerName ?? "—";
        var titleKey = state switch
        {
            SurveyState.Answered => FeedbackTextKeys.TeamsAnswered,
            SurveyState.Expired => FeedbackTextKeys.TeamsExpired,
            _ => FeedbackTextKeys.TeamsPending,
        };
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(titleKey, ("customer", customer))) };
        if (state != SurveyState.Open)
        {
            return AdaptiveCards.Card(body);
        }

        body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.TeamsPendingHint, ("customer", customer)), subtle: true));
        body.Add(CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.TeamsAnswer], FeedbackVerbs.View, (FeedbackVerbs.SessionProperty, invitation.ServiceSessionId))]));
        var card = AdaptiveCards.Card(body);
        if (invitation.CustomerId is { } customerId)
        {
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = texts[FeedbackTextKeys.TeamsAnswer],
                    ["verb"] = FeedbackVerbs.View,
                    ["data"] = new JsonObject { ["verb"] = FeedbackVerbs.View, [FeedbackVerbs.SessionProperty] = invitation.ServiceSessionId },
                },
                ["userIds"] = new JsonArray(customerId),
            };
        }

        return card;
    }
}
