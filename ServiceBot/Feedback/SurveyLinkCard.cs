using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Feedback;

/// <summary>
/// The card the agent gets when a service ends: the survey's QR code to show the customer, the one-time link to share,
/// and how long it lasts. Sent after the agent's summary card as a card of its own, so it can move onto the live
/// service card later without touching that card.
/// </summary>
public static class SurveyLinkCard
{
    public static JsonObject Create(CardTexts texts, string url, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var body = new List<JsonNode>
        {
            AdaptiveCards.Text(texts[TextKeys.ConfirmSurveyLink]),
            new JsonObject
            {
                ["type"] = "Image",
                ["url"] = QrCodes.PngDataUri(url),
                ["altText"] = texts[FeedbackTextKeys.LinkQrAlt],
                // "Large" draws it about 80 px wide on a phone, too small to scan across a counter.
                ["width"] = "200px",
                ["horizontalAlignment"] = "Center",
            },
            AdaptiveCards.Text(url, subtle: true),
            AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.LinkExpires, ("hours", (int)Math.Round(lifetime.TotalHours))), subtle: true),
        };
        JsonNode[] actions = [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts[FeedbackTextKeys.LinkOpen], ["url"] = url }];
        return AdaptiveCards.Card(body, actions);
    }
}
