using System.Text.Json.Nodes;
using ServiceBot.Cards;

namespace ServiceBot.Feedback;

/// <summary>
/// What "Encuesta" on the closed service card opens for the agent: a one-time link with its QR code; for a customer
/// who is in Teams, Teams' people picker (organisation search) and "Enviar por Teams", which sends the survey to that
/// person's 1:1 chat with the bot; and how to send it in a group chat (mention them after "encuesta").
/// </summary>
public static class SurveyChoiceCard
{
    /// <summary>The people picker's dataset: everyone in the organisation (Teams fills the choices as the agent types).</summary>
    public const string PeopleDataset = "graph.microsoft.com/users";

    /// <param name="peoplePicker">
    /// Teams only: the local Web Chat has no organisation to search (its renderer shows an empty picker), so there the
    /// agent types "encuesta para …" instead.
    /// </param>
    public static JsonObject Create(CardTexts texts, string sessionId, bool inGroupChat, bool peoplePicker = true)
    {
        ArgumentNullException.ThrowIfNull(texts);
        JsonNode[] picker =
        [
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = FeedbackVerbs.PersonInput,
                ["label"] = texts[FeedbackTextKeys.ChoicePerson],
                ["placeholder"] = texts[FeedbackTextKeys.ChoicePersonPlaceholder],
                ["choices"] = new JsonArray(),
                ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = PeopleDataset },
            },
            CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.ChoicePersonSend], FeedbackVerbs.Person, (FeedbackVerbs.SessionProperty, sessionId))]),
        ];
        JsonNode[] body =
        [
            AdaptiveCards.Title(texts[FeedbackTextKeys.ChoiceTitle]),
            CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.ChoiceLink], FeedbackVerbs.Link, (FeedbackVerbs.SessionProperty, sessionId))]),
            .. peoplePicker ? picker : [],
            AdaptiveCards.Text(texts[inGroupChat ? FeedbackTextKeys.ChoiceTeamsInChat : FeedbackTextKeys.ChoiceTeamsElsewhere], subtle: true),
        ];
        return AdaptiveCards.Card(body);
    }

    /// <summary>The survey could not reach the person in Teams: said plainly, with the link and QR code one press away.</summary>
    public static JsonObject Unreachable(CardTexts texts, string sessionId, string customer)
    {
        ArgumentNullException.ThrowIfNull(texts);
        JsonNode[] body =
        [
            AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.PersonUnreachable, ("customer", customer))),
            CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.ChoiceLink], FeedbackVerbs.Link, (FeedbackVerbs.SessionProperty, sessionId))]),
        ];
        return AdaptiveCards.Card(body);
    }
}
