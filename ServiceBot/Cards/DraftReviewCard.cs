using System.Text.Json.Nodes;
using ServiceBot.Coaching;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The live card's review mode: the suggested version first (also sent as a message to copy), then what was found.</summary>
public static class DraftReviewCard
{
    public static JsonObject Create(CardTexts texts, DraftReview review)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts[TextKeys.DraftTitle]) };
        if (review.IsCourteous)
        {
            body.Add(AdaptiveCards.Text($"✅ {texts[TextKeys.DraftLooksGood]}"));
        }
        else
        {
            body.Add(LiveParts.Line(texts[TextKeys.DraftSuggestedVersion], bold: true));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["items"] = new JsonArray(AdaptiveCards.Text(review.CourteousVersion)),
            });
            body.Add(LiveParts.Line(texts[TextKeys.DraftCopyHint], subtle: true, spacing: "Small"));
            body.AddRange(review.Findings.Take(3).Select(Finding));
        }

        return LiveParts.Card(body,
        [
            CardActions.Execute(texts[TextKeys.DraftAnother], CoachingVerbs.ReviewDraft),
            CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back),
        ]);
    }

    private static JsonObject Finding(DraftFinding finding)
    {
        var text = $"• {finding.Message}";
        text += (finding.Quote, finding.Alternative) switch
        {
            (null, null) => string.Empty,
            (null, { } added) => $" → «{added}»",
            ({ } quote, null) => $" «{quote}»",
            ({ } quote, { } alternative) => $" «{quote}» → «{alternative}»",
        };

        var block = AdaptiveCards.Text(text, subtle: true);
        block["spacing"] = "Small";
        return block;
    }
}
