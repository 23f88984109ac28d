using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using ServiceBot.Content;
using ServiceBot.Feedback;

namespace ServiceBot.Web.Feedback;

/// <summary>A client over the survey pages' rate limit gets a page saying to wait, with Retry-After, never an empty 429.</summary>
internal static class FeedbackRateLimit
{
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var texts = FeedbackEndpoints.Texts(context, context.RequestServices.GetRequiredService<ContentStore>(), null);
        FeedbackEndpoints.NoStore(context);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            SurveyPages.Message(texts, texts.Of(texts.Content.Survey.Title), texts[FeedbackTextKeys.PageTooMany]), cancellationToken);
    }
}
