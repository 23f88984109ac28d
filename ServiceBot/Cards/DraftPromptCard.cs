using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The live card's draft mode: a box to paste the reply to a customer into, and the way back.</summary>
public static class DraftPromptCard
{
    public const string DraftInputId = "draft";
    public const int MaxDraftLength = 2000;

    public static JsonObject Create(CardTexts texts) => LiveParts.Card(
        [
            AdaptiveCards.Text(texts[TextKeys.PromptDraft]),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = DraftInputId,
                ["isMultiline"] = true,
                ["maxLength"] = MaxDraftLength,
                ["placeholder"] = texts[TextKeys.DraftPlaceholder],
                ["label"] = texts[TextKeys.DraftInputLabel],
                ["isRequired"] = true,
                ["errorMessage"] = texts[TextKeys.PromptDraft],
            },
        ],
        [
            CardActions.Execute(texts[TextKeys.DraftReviewButton], CoachingVerbs.ReviewDraftText),
            CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back),
        ]);
}
