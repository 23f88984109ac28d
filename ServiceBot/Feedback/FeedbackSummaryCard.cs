using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>The agent's short, encouraging summary of a customer's answer: the rating, what stood out, the comment.</summary>
public static class FeedbackSummaryCard
{
    public static JsonObject Create(CardTexts texts, FeedbackResponse response)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(response);
        var survey = texts.Content.Survey;
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Fill(TextKeys.FeedbackReceived, ("rating", response.Rating))),
            AdaptiveCards.Text(texts[response.Rating >= SurveyScales.SatisfiedFrom ? TextKeys.FeedbackEncouragementHigh : TextKeys.FeedbackEncouragementLow]),
        };
        var aspects = AspectLabels(texts, survey, response.Aspects);
        if (aspects.Length > 0)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.SummaryAspects, ("aspects", aspects))));
        }

        if (response.Effort is { } effort)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.SummaryEffort, ("effort", effort)), subtle: true));
        }

        if (response.Comment is { } comment)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.SummaryComment, ("comment", Plain(comment)))));
        }

        return AdaptiveCards.Card(body);
    }

    internal static string AspectLabels(CardTexts texts, Survey survey, IReadOnlyList<string> ids) => string.Join(", ",
        survey.Aspects.Options.Where(option => ids.Contains(option.Id, StringComparer.Ordinal)).Select(option => texts.Of(option.Label)));

    /// <summary>A customer's words shown in a card: no Markdown or links of theirs, one paragraph, not too long.</summary>
    internal static string Plain(string comment)
    {
        var flat = string.Join(' ', comment.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var clipped = flat.Length > 400 ? flat[..400] + "…" : flat;
        var escaped = new System.Text.StringBuilder(clipped.Length);
        foreach (var c in clipped)
        {
            if (c is '*' or '_' or '[' or ']' or '(' or ')' or '#' or '`' or '>' or '\\' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
