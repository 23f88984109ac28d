using System.Net;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Tests.Feedback;

/// <summary>The web path end to end: the agent's link card, the customer's page, the single-use answer and its abuse cases.</summary>
public sealed class SurveyWebTests : FeedbackHostTestBase
{
    [Fact]
    public async Task EndOfService_SendsTheAgentALinkAndQrCode_AndOpeningTheLinkRecordsNothing()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);

        var (response, html) = await browser.OpenAsync(PathOf(link));

        Assert.StartsWith("http://localhost:3978/feedback/", link, StringComparison.Ordinal);
        Assert.Equal(24, TokenOf(link).Length);
        var card = LastLinkCard!.ToJsonString();
        Assert.Contains("data:image/png;base64,", card, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset", html, StringComparison.Ordinal);
        Assert.Contains("<legend>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Null(await AnswerOfLastSessionAsync());
        var invitation = await LastInvitationAsync();
        Assert.Null(invitation.UsedAt);
        Assert.Equal(TeamId, invitation.TeamId);
        Assert.NotEqual(TokenOf(link), invitation.TokenHash);
        Assert.DoesNotContain(TokenOf(link), invitation.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RecordsTheAnswerOnceWithWhatItIsAbout_AndAReplaySaysItWasReceived()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));

        var (first, _) = await browser.SubmitAsync(PathOf(link), "5", ["kindness", "clarity"], "6", "Muy amable <b>gracias</b>");
        var (replay, replayHtml) = await browser.SubmitAsync(PathOf(link), "1", comment: "otra vez");
        var (again, againHtml) = await browser.OpenAsync(PathOf(link));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/feedback/thanks?lang=es", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains(Text(FeedbackTextKeys.PageReceived, Language.Spanish), WebUtility.HtmlDecode(replayHtml), StringComparison.Ordinal);
        Assert.Contains(Text(FeedbackTextKeys.PageReceivedTitle, Language.Spanish), WebUtility.HtmlDecode(againHtml), StringComparison.Ordinal);
        var answer = await AnswerOfLastSessionAsync();
        Assert.NotNull(answer);
        var invitation = await LastInvitationAsync();
        Assert.Equal(
            (5, 6, "Muy amable <b>gracias</b>", FeedbackSource.Web, AgentUserId, AgentAadObjectId, TeamId, "in-person", Language.Spanish),
            (answer.Rating, answer.Effort, answer.Comment, answer.Source, answer.AgentId, answer.AgentObjectId, answer.TeamId, answer.ServiceChannel, answer.Language));
        Assert.Equal(["kindness", "clarity"], answer.Aspects);
        Assert.Equal(invitation.ContentVersion, answer.ContentVersion);
        Assert.NotNull(answer.ContentVersion);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), answer.SubmittedAt.ToUnixTimeMilliseconds());
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), invitation.UsedAt?.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task ThanksPage_ShowsTheSurveysThanksInTheChosenLanguage()
    {
        using var browser = SurveyBrowser.For(App);

        var (response, html) = await browser.OpenAsync("/feedback/thanks?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Thank you very much for your feedback!", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedAndMalformedTokens_GetAClearNotFoundPage()
    {
        await EndServiceAsync();
        using var browser = SurveyBrowser.For(App, "en-US");

        var (forged, forgedHtml) = await browser.OpenAsync("/feedback/" + SurveyToken.New().Value);
        var (malformed, _) = await browser.OpenAsync("/feedback/abc%3Cscript%3E");
        var (posted, _) = await browser.SubmitAsync("/feedback/" + SurveyToken.New().Value, "5");

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains(Text(FeedbackTextKeys.PageNotFound, Language.English), WebUtility.HtmlDecode(forgedHtml), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal("no-referrer", forged.Headers.GetValues("Referrer-Policy").Single());
        Assert.Null(await AnswerOfLastSessionAsync());
    }

    [Fact]
    public async Task ExpiredLink_GetsAClearPageAndRecordsNothing()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        Clock.Advance(RealContentLifetime + TimeSpan.FromMinutes(1));

        var (opened, html) = await browser.OpenAsync(PathOf(link));
        var (posted, _) = await browser.SubmitAsync(PathOf(link), "5");

        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains(Text(TextKeys.ErrorSurveyExpired, Language.Spanish), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Null(await AnswerOfLastSessionAsync());
    }

    [Fact]
    public async Task CommentOverTheLimit_IsRefusedWithTheTextKept_AndNothingRecorded()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        var comment = new string('a', 1001);

        var (response, html) = await browser.SubmitAsync(PathOf(link), "4", comment: comment);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(comment, html, StringComparison.Ordinal);
        Assert.Contains("1001", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Null(await AnswerOfLastSessionAsync());
    }

    [Theory]
    [InlineData("6", null)]
    [InlineData("0", null)]
    [InlineData(null, null)]
    [InlineData("cinco", null)]
    [InlineData("4", "8")]
    public async Task RatingOrEffortOutsideTheScale_IsRefusedAndNothingRecorded(string? rating, string? effort)
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));

        var (response, html) = await browser.SubmitAsync(PathOf(link), rating, effort: effort);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Null(await AnswerOfLastSessionAsync());
        Assert.Null((await LastInvitationAsync()).UsedAt);
    }

    [Fact]
    public async Task PostWithoutTheFormsAntiforgeryField_IsRefused()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));

        var (response, html) = await browser.SubmitAsync(PathOf(link), "5", withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Text(FeedbackTextKeys.PageFormExpired, Language.Spanish), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Null(await AnswerOfLastSessionAsync());
    }

    [Fact]
    public async Task TwoSubmitsAtOnce_RecordOnce()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => browser.SubmitAsync(PathOf(link), (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Single(results, result => result.Response.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(3, results.Count(result => result.Response.StatusCode == HttpStatusCode.OK));
        Assert.NotNull(await AnswerOfLastSessionAsync());
    }

    [Fact]
    public async Task LanguageSwitch_ShowsTheFormInEnglish()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);

        var (_, html) = await browser.OpenAsync(PathOf(link) + "?lang=en");

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("How did we do?", html, StringComparison.Ordinal);
    }

    private static TimeSpan RealContentLifetime => Fixtures.RealContent.Current.Survey.LinkLifetime;
}
