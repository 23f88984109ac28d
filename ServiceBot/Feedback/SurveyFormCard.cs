using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Content.Model;

namespace ServiceBot.Feedback;

/// <summary>
/// The survey as an Adaptive Card for the invited Teams customer, from the same content as the web page: the 1–5
/// rating, the aspects, the optional effort question and the optional comment (its limit as the input's maxLength).
/// "Enviar" is an Action.Execute with an Action.Submit fallback carrying the same data.
/// </summary>
public static class SurveyFormCard
{
    public const string RatingInput = "rating";
    public const string AspectsInput = "aspects";
    public const string EffortInput = "effort";
    public const string CommentInput = "comment";

    public static JsonObject Create(CardTexts texts, Survey survey, string sessionId, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(survey);
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Of(survey.Title)),
            AdaptiveCards.Text(texts.Of(survey.Intro), subtle: true),
        };
        if (error is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = error, ["wrap"] = true, ["color"] = "Attention", ["weight"] = "Bolder" });
        }

        body.Add(Scale(texts, RatingInput, survey.Rating, required: true));
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = AspectsInput,
            ["label"] = texts.Of(survey.Aspects.Prompt),
            ["isMultiSelect"] = true,
            ["style"] = "expanded",
            ["choices"] = new JsonArray([.. survey.Aspects.Options.Select(option => Choice(texts.Of(option.Label), option.Id))]),
        });
        if (survey.Effort is { } effort)
        {
            body.Add(Scale(texts, EffortInput, effort, required: false));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = CommentInput,
            ["label"] = texts.Of(survey.Comment.Prompt),
            ["placeholder"] = texts.Of(survey.Comment.Placeholder),
            ["isMultiline"] = true,
            ["maxLength"] = survey.Comment.MaxLength,
        });
        body.Add(CardActions.Set([CardActions.Execute(texts[FeedbackTextKeys.PageSubmit], FeedbackVerbs.Submit, (FeedbackVerbs.SessionProperty, sessionId))]));
        return AdaptiveCards.Card(body);
    }

    private static JsonObject Scale(CardTexts texts, string id, SurveyRatingQuestion question, bool required)
    {
        var choices = Enumerable.Range(question.Scale.Min, question.Scale.Max - question.Scale.Min + 1).Select(value =>
        {
            var number = value.ToString(CultureInfo.InvariantCulture);
            return Choice(question.Scale.LabelOf(value) is { } label ? $"{number} · {texts.Of(label)}" : number, number);
        });
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = texts.Of(question.Prompt),
            ["style"] = "expanded",
            ["isRequired"] = required,
            ["choices"] = new JsonArray([.. choices]),
        };
        if (required)
        {
            input["errorMessage"] = texts[FeedbackTextKeys.TeamsFixRating];
        }

        return input;
    }

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
