using System.Globalization;
using ServiceBot.Content.Model;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// Reads a submitted survey (web form fields or a card's inputs) against the survey in force: a rating on its scale,
/// known aspects, an effort answer on its scale or none, a comment within the limit. Nothing is guessed or clipped:
/// a field out of bounds is reported, so the customer corrects it and loses nothing they wrote.
/// </summary>
public static class SurveyAnswerReader
{
    public static SurveyAnswerReading Read(
        Survey survey, string? rating, IEnumerable<string> aspects, string? effort, string? comment, FeedbackSource source)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(aspects);
        var errors = new List<SurveyFieldError>();
        var ratingValue = Scaled(rating, survey.Rating.Scale);
        if (ratingValue is null)
        {
            errors.Add(SurveyFieldError.Rating);
        }

        int? effortValue = null;
        if (!string.IsNullOrWhiteSpace(effort))
        {
            effortValue = survey.Effort is { } question ? Scaled(effort, question.Scale) : null;
            if (effortValue is null)
            {
                errors.Add(SurveyFieldError.Effort);
            }
        }

        var known = survey.Aspects.Options.Select(option => option.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = aspects.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(id => !known.Contains(id)))
        {
            errors.Add(SurveyFieldError.Aspect);
        }

        var text = Normalize(comment);
        if (text is not null && text.Length > survey.Comment.MaxLength)
        {
            errors.Add(SurveyFieldError.CommentTooLong);
        }

        return errors.Count > 0 || ratingValue is null
            ? new SurveyAnswerReading(null, errors, text?.Length ?? 0)
            : new SurveyAnswerReading(new SurveyAnswer(ratingValue.Value, chosen, effortValue, text, source), [], text?.Length ?? 0);
    }

    /// <summary>Line breaks counted as one character (as browsers count them for maxlength); blank is no comment.</summary>
    public static string? Normalize(string? comment)
    {
        var text = comment?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static int? Scaled(string? text, SurveyScale scale) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && scale.Contains(value) ? value : null;
}
