using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Feedback;
using ServiceBot.Localization;

namespace ServiceBot.Web.Feedback;

/// <summary>
/// The customer's survey pages, rendered on the server in Spanish or English: the form (radio groups in
/// fieldset/legend, a labelled comment with its limit, errors listed at the top and beside each field), the thank-you
/// page and the pages for a link already answered, expired or unknown. No script: it works with scripts off.
/// </summary>
public static class SurveyPages
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Form(CardTexts texts, string token, string antiforgeryField, string antiforgeryToken, SurveyFormValues values, SurveyAnswerReading? errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(values);
        var survey = texts.Content.Survey;
        var failed = errors?.Errors ?? [];
        var html = new StringBuilder()
            .Append("<h1>").Append(E(texts.Of(survey.Title))).Append("</h1>")
            .Append("<p>").Append(E(texts.Of(survey.Intro))).Append("</p>");
        if (failed.Count > 0)
        {
            html.Append("<div class=\"errors\" role=\"alert\" id=\"errors\"><p>").Append(E(texts[FeedbackTextKeys.PageErrorSummary])).Append("</p><ul>");
            foreach (var error in failed)
            {
                html.Append("<li><a href=\"#").Append(FirstControlOf(error, survey)).Append("\">").Append(E(ErrorText(texts, error, errors!))).Append("</a></li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<form method=\"post\" action=\"/feedback/").Append(E(token)).Append("?lang=").Append(texts.Language.Code()).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(antiforgeryField)).Append("\" value=\"").Append(E(antiforgeryToken)).Append("\">");
        Scale(html, texts, survey.Rating, "rating", values.Rating, required: true, failed.Contains(SurveyFieldError.Rating) ? ErrorText(texts, SurveyFieldError.Rating, errors!) : null);
        Aspects(html, texts, survey.Aspects, values.Aspects, failed.Contains(SurveyFieldError.Aspect) ? ErrorText(texts, SurveyFieldError.Aspect, errors!) : null);
        if (survey.Effort is { } effort)
        {
            Scale(html, texts, effort, "effort", values.Effort, required: false, failed.Contains(SurveyFieldError.Effort) ? ErrorText(texts, SurveyFieldError.Effort, errors!) : null);
        }

        Comment(html, texts, survey.Comment, values.Comment, failed.Contains(SurveyFieldError.CommentTooLong) ? ErrorText(texts, SurveyFieldError.CommentTooLong, errors!) : null);
        html.Append("<button type=\"submit\">").Append(E(texts[FeedbackTextKeys.PageSubmit])).Append("</button></form>");
        return Layout(texts, texts.Of(survey.Title), token, html.ToString());
    }

    public static string Message(CardTexts texts, string title, string message, string? token = null) =>
        Layout(texts, title, token, $"<h1>{E(title)}</h1><p>{E(message)}</p>");

    private static string Layout(CardTexts texts, string title, string? token, string body)
    {
        var other = texts.Language == Language.English ? Language.Spanish : Language.English;
        var switchHref = (token is null ? "/feedback/thanks" : "/feedback/" + token) + "?lang=" + other.Code();
        return new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(texts.Language.Code()).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(E(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/feedback/survey.css\"></head><body><main>")
            .Append("<p class=\"lang\"><a href=\"").Append(E(switchHref)).Append("\" lang=\"").Append(other.Code()).Append("\" hreflang=\"").Append(other.Code()).Append("\">")
            .Append(E(texts[FeedbackTextKeys.PageOtherLanguage])).Append("</a></p>")
            .Append(body)
            .Append("<p class=\"privacy\">").Append(E(texts[FeedbackTextKeys.PagePrivacy])).Append("</p>")
            .Append("</main></body></html>")
            .ToString();
    }

    private static void Scale(StringBuilder html, CardTexts texts, SurveyRatingQuestion question, string name, string? chosen, bool required, string? error)
    {
        var scaleClass = question.Scale.Max - question.Scale.Min == 4 ? " scale5" : string.Empty;
        html.Append("<fieldset class=\"scale").Append(scaleClass).Append('"');
        if (error is not null)
        {
            html.Append(" aria-describedby=\"").Append(name).Append("-error\"");
        }

        html.Append("><legend>").Append(E(texts.Of(question.Prompt)));
        if (!required)
        {
            html.Append(' ').Append(E(texts[FeedbackTextKeys.PageOptional]));
        }

        html.Append("</legend>");
        if (error is not null)
        {
            html.Append("<p class=\"field-error\" id=\"").Append(name).Append("-error\">").Append(E(error)).Append("</p>");
        }

        html.Append("<div class=\"options\">");
        foreach (var label in question.Scale.Labels)
        {
            var id = $"{name}-{label.Value}";
            html.Append("<label class=\"option\" for=\"").Append(id).Append("\"><input type=\"radio\" name=\"").Append(name)
                .Append("\" id=\"").Append(id).Append("\" value=\"").Append(label.Value).Append('"');
            if (required)
            {
                html.Append(" required");
            }

            if (chosen == label.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                html.Append(" checked");
            }

            if (error is not null)
            {
                html.Append(" aria-invalid=\"true\"");
            }

            html.Append("><span class=\"value\">").Append(label.Value).Append("</span> <span class=\"text\">").Append(E(texts.Of(label.Label))).Append("</span></label>");
        }

        html.Append("</div></fieldset>");
    }

    private static void Aspects(StringBuilder html, CardTexts texts, SurveyAspectsQuestion question, IReadOnlyList<string> chosen, string? error)
    {
        html.Append("<fieldset class=\"aspects\"><legend>").Append(E(texts.Of(question.Prompt))).Append(' ').Append(E(texts[FeedbackTextKeys.PageOptional])).Append("</legend>");
        if (error is not null)
        {
            html.Append("<p class=\"field-error\">").Append(E(error)).Append("</p>");
        }

        html.Append("<div class=\"options\">");
        foreach (var option in question.Options)
        {
            var id = "aspect-" + option.Id;
            html.Append("<label class=\"option\" for=\"").Append(E(id)).Append("\"><input type=\"checkbox\" name=\"aspects\" id=\"").Append(E(id))
                .Append("\" value=\"").Append(E(option.Id)).Append('"');
            if (chosen.Contains(option.Id, StringComparer.Ordinal))
            {
                html.Append(" checked");
            }

            html.Append("><span class=\"text\">").Append(E(texts.Of(option.Label))).Append("</span></label>");
        }

        html.Append("</div></fieldset>");
    }

    private static void Comment(StringBuilder html, CardTexts texts, SurveyCommentQuestion question, string? value, string? error)
    {
        html.Append("<div class=\"comment\"><label for=\"comment\">").Append(E(texts.Of(question.Prompt))).Append("</label>");
        if (error is not null)
        {
            html.Append("<p class=\"field-error\" id=\"comment-error\">").Append(E(error)).Append("</p>");
        }

        html.Append("<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"").Append(question.MaxLength)
            .Append("\" placeholder=\"").Append(E(texts.Of(question.Placeholder))).Append("\" aria-describedby=\"comment-hint")
            .Append(error is null ? string.Empty : " comment-error").Append('"');
        if (error is not null)
        {
            html.Append(" aria-invalid=\"true\"");
        }

        html.Append('>').Append(E(value ?? string.Empty)).Append("</textarea>")
            .Append("<p class=\"hint\" id=\"comment-hint\">").Append(E(texts.Fill(FeedbackTextKeys.PageCommentHint, ("max", question.MaxLength)))).Append("</p></div>");
    }

    private static string FirstControlOf(SurveyFieldError error, Survey survey) => error switch
    {
        SurveyFieldError.Rating => $"rating-{survey.Rating.Scale.Min}",
        SurveyFieldError.Effort => $"effort-{survey.Effort?.Scale.Min ?? 1}",
        SurveyFieldError.Aspect => "aspect-" + survey.Aspects.Options[0].Id,
        _ => "comment",
    };

    private static string ErrorText(CardTexts texts, SurveyFieldError error, SurveyAnswerReading reading) => error switch
    {
        SurveyFieldError.Rating => texts[FeedbackTextKeys.PageErrorRating],
        SurveyFieldError.Effort => texts[FeedbackTextKeys.PageErrorEffort],
        SurveyFieldError.Aspect => texts[FeedbackTextKeys.PageErrorAspect],
        _ => texts.Fill(FeedbackTextKeys.PageErrorComment, ("length", reading.CommentLength), ("max", texts.Content.Survey.Comment.MaxLength)),
    };

    private static string E(string text) => Encoder.Encode(text);
}
