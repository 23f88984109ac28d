using System.Net;

namespace ServiceBot.Tests.Feedback;

/// <summary>The public survey pages are rate limited per client address: guessing tokens gets a page saying to wait.</summary>
public sealed class SurveyRateLimitTests : FeedbackHostTestBase
{
    protected override int PermitsPerMinute => 3;

    [Fact]
    public async Task OverTheLimit_GetsTooManyRequestsWithRetryAfter()
    {
        using var browser = SurveyBrowser.For(App);

        for (var i = 0; i < 3; i++)
        {
            var (allowed, _) = await browser.OpenAsync("/feedback/" + ServiceBot.Feedback.SurveyToken.New().Value);
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        var (refused, html) = await browser.OpenAsync("/feedback/" + ServiceBot.Feedback.SurveyToken.New().Value);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Espere un minuto", html, StringComparison.Ordinal);
    }
}
