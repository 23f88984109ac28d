using System.Text.Json.Nodes;
using ServiceBot.Cards;

namespace ServiceBot.Feedback;

/// <summary>
/// What "Encuesta" on the closed service card opens for the agent: a one-time link with its QR code, or, for a
/// customer who is in Teams, how to send it to them in the chat (mention them after "encuesta").
/// </summary>
public static class SurveyChoiceCard
{
    public static JsonObject Create(CardTexts texts, string sessionId, bool inGroupChat)
    {
        ArgumentNullException.ThrowIfNull(texts);
        JsonNode[] body =
        [
            AdaptiveCards.Title(texts[FeedbackTextKeys.ChoiceTitle]),
            CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.ChoiceLink], FeedbackVerbs.Link, (FeedbackVerbs.SessionProperty, sessionId))]),
            AdaptiveCards.Text(texts[inGroupChat ? FeedbackTextKeys.ChoiceTeamsInChat : FeedbackTextKeys.ChoiceTeamsElsewhere], subtle: true),
        ];
        return AdaptiveCards.Card(body);
    }
}
