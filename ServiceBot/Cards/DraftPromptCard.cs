using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>A text box for the reply to check, so a draft can be reviewed with a tap as well as with "revisar: …".</summary>
public static class DraftPromptCard
{
    public const string DraftInputId = "draft";

    /// <summary>Long enough for any chat reply, short enough that the review card stays under Teams' size limit.</summary>
    public const int MaxDraftLength = 2000;

    public static JsonObject Create(CardTexts texts) => AdaptiveCards.Card(
        [
            AdaptiveCards.Text(texts[TextKeys.PromptDraft]),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = DraftInputId,
                ["isMultiline"] = true,
                ["maxLength"] = MaxDraftLength,
                ["placeholder"] = texts[TextKeys.DraftPlaceholder],
                ["label"] = texts[TextKeys.DraftTitle],
                ["isRequired"] = true,
                ["errorMessage"] = texts[TextKeys.PromptDraft],
            },
        ],
        [CardActions.Submit(texts[TextKeys.DraftReviewButton], CoachingVerbs.ReviewDraftText)]);
}
