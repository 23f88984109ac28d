using System.Text.Json.Nodes;
using ServiceBot.Coaching;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>What the draft check found, each with the courteous alternative, and the suggested version to copy.</summary>
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
            body.AddRange(review.Findings.Select(Finding));
            body.Add(AdaptiveCards.Text($"**{texts[TextKeys.DraftSuggestedVersion]}**"));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["items"] = new JsonArray(AdaptiveCards.Text(review.CourteousVersion)),
            });
        }

        return AdaptiveCards.Card(body, [CardActions.Submit(texts[TextKeys.MenuReviewDraft], CoachingVerbs.ReviewDraft)]);
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

        return AdaptiveCards.Text(text);
    }
}
