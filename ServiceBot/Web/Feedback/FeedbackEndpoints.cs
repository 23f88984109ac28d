using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Primitives;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Web.Feedback;

/// <summary>
/// <c>/feedback/{token}</c>: GET shows the survey and never records (link scanners open links); POST, with the
/// antiforgery token from the form, records the answer once. A link answered already, expired or unknown gets a clear
/// page. Rate limited per client address; every response says <c>Referrer-Policy: no-referrer</c> and is not cached.
/// </summary>
public static class FeedbackEndpoints
{
    public const string RateLimitPolicy = "feedback";

    /// <summary>Largest form accepted: the comment's limit is far below it, so only a forged post comes near.</summary>
    public const int MaxFormBytes = 64 * 1024;

    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapFeedbackPages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/feedback").RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        group.MapGet("/thanks", Thanks);
        group.MapGet("/{token}", Show);
        group.MapPost("/{token}", Submit);
        return endpoints;
    }

    private static async Task<IResult> Show(string token, HttpContext context, ISurveyInvitationStore invitations, ContentStore content, IAntiforgery antiforgery, TimeProvider time)
    {
        var invitation = SurveyToken.TryHash(token) is { } hash ? await invitations.FindAsync(hash, context.RequestAborted) : null;
        var texts = Texts(context, content, invitation);
        var state = invitation?.StateAt(time.GetUtcNow()) ?? SurveyState.Unknown;
        if (state != SurveyState.Open)
        {
            return StatePage(context, texts, state, token);
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page(context, StatusCodes.Status200OK, SurveyPages.Form(texts, token, tokens.FormFieldName, tokens.RequestToken!, SurveyFormValues.Empty, null));
    }

    private static async Task<IResult> Submit(
        string token, HttpContext context, ISurveyInvitationStore invitations, SurveySubmissions submissions,
        ContentStore content, IAntiforgery antiforgery, TimeProvider time, ILogger<SurveySubmissions> logger)
    {
        var hash = SurveyToken.TryHash(token);
        var invitation = hash is null ? null : await invitations.FindAsync(hash, context.RequestAborted);
        var texts = Texts(context, content, invitation);
        var state = invitation?.StateAt(time.GetUtcNow()) ?? SurveyState.Unknown;
        if (state != SurveyState.Open)
        {
            return StatePage(context, texts, state, token);
        }

        if (context.Request.ContentLength > MaxFormBytes)
        {
            return Page(context, StatusCodes.Status413PayloadTooLarge,
                SurveyPages.Message(texts, texts.Of(texts.Content.Survey.Title), texts.Fill(FeedbackTextKeys.PageErrorComment, ("length", context.Request.ContentLength ?? 0), ("max", texts.Content.Survey.Comment.MaxLength)), token));
        }

        IFormCollection form;
        try
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                FeedbackLog.AntiforgeryFailed(logger);
                return Page(context, StatusCodes.Status400BadRequest, SurveyPages.Message(texts, texts.Of(texts.Content.Survey.Title), texts[FeedbackTextKeys.PageFormExpired], token));
            }

            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Page(context, StatusCodes.Status400BadRequest, SurveyPages.Message(texts, texts.Of(texts.Content.Survey.Title), texts[FeedbackTextKeys.PageFormExpired], token));
        }

        var values = new SurveyFormValues(First(form["rating"]), [.. form["aspects"].OfType<string>()], First(form["effort"]), form["comment"].ToString());
        var reading = SurveyAnswerReader.Read(texts.Content.Survey, values.Rating, values.Aspects, values.Effort, values.Comment, FeedbackSource.Web);
        if (reading.Answer is null)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var status = reading.Errors.Contains(SurveyFieldError.CommentTooLong) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Page(context, status, SurveyPages.Form(texts, token, tokens.FormFieldName, tokens.RequestToken!, values, reading));
        }

        var claim = await submissions.SubmitAsync(hash!, reading.Answer, context.RequestAborted);
        if (!claim.Recorded)
        {
            return StatePage(context, texts, claim.State, token);
        }

        NoStore(context);
        return TypedResults.Redirect($"/feedback/thanks?lang={texts.Language.Code()}", permanent: false, preserveMethod: false);
    }

    private static IResult Thanks(HttpContext context, ContentStore content)
    {
        var texts = Texts(context, content, null);
        return Page(context, StatusCodes.Status200OK, SurveyPages.Message(texts, texts[FeedbackTextKeys.PageThanksTitle], texts.Of(texts.Content.Survey.Thanks)));
    }

    private static IResult StatePage(HttpContext context, CardTexts texts, SurveyState state, string token) => state switch
    {
        SurveyState.Answered => Page(context, StatusCodes.Status200OK, SurveyPages.Message(texts, texts[FeedbackTextKeys.PageReceivedTitle], texts[FeedbackTextKeys.PageReceived], token)),
        SurveyState.Expired => Page(context, StatusCodes.Status410Gone, SurveyPages.Message(texts, texts[FeedbackTextKeys.PageExpiredTitle], texts[TextKeys.ErrorSurveyExpired], token)),
        _ => Page(context, StatusCodes.Status404NotFound, SurveyPages.Message(texts, texts[FeedbackTextKeys.PageNotFoundTitle], texts[FeedbackTextKeys.PageNotFound])),
    };

    /// <summary>The page's language: <c>?lang=</c> (the page's own switch), then the service's, then Accept-Language.</summary>
    internal static CardTexts Texts(HttpContext context, ContentStore content, SurveyInvitation? invitation)
    {
        var asked = context.Request.Query["lang"].ToString();
        var language = asked is "es" or "en"
            ? LocaleResolver.Resolve(asked)
            : invitation?.Language ?? LocaleResolver.Resolve(context.Request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.TrimEntries).FirstOrDefault()?.Split(';')[0]);
        return new CardTexts(content.Current, language);
    }

    internal static IResult Page(HttpContext context, int status, string html)
    {
        NoStore(context);
        return TypedResults.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    internal static void NoStore(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
    }

    private static string? First(StringValues values) => values.Count > 0 ? values[0] : null;
}
