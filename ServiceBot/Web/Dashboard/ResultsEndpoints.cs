using System.Text;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Feedback.Results;
using ServiceBot.People;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Dashboard;

/// <summary>
/// <c>/results</c> (the dashboard) and <c>/results.csv</c>: for anyone in the roster, each seeing what
/// <see cref="ResultsScope"/> allows. Signed in with Entra ID or the Teams tab's token; open in local mode, which the
/// page says.
/// </summary>
public static class ResultsEndpoints
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; " + TeamsFrameAncestors.Directive;

    public static IEndpointRouteBuilder MapResultsPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/results", PageAsync).RequireAuthorization(ServiceBotPolicies.Agent);
        endpoints.MapGet("/results.csv", CsvAsync).RequireAuthorization(ServiceBotPolicies.Agent);
        return endpoints;
    }

    private static async Task<IResult> PageAsync(
        HttpContext context, CurrentPerson me, IFeedbackResultsStore store, IRosterStore roster, ContentStore content, TimeProvider time, string? team, string? weeks, bool? inTeams)
    {
        var (results, scope, people, period) = await LoadAsync(me, store, roster, time, team, weeks, context.RequestAborted);
        var language = SignInPages.LanguageOf(context.Request);
        var html = ResultsPage.Render(results, scope, people, new CardTexts(content.Current, language), period, LocalModeBanner.Html(context, language), inTeams == true);
        Headers(context);
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> CsvAsync(HttpContext context, CurrentPerson me, IFeedbackResultsStore store, IRosterStore roster, TimeProvider time, string? team, string? weeks)
    {
        var (results, _, _, period) = await LoadAsync(me, store, roster, time, team, weeks, context.RequestAborted);
        Headers(context);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"servicebot-results-{period}w.csv\"";
        return TypedResults.Text("\uFEFF" + ResultsCsv.Write(results), "text/csv; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<(FeedbackResults, ResultsScope, Roster, int)> LoadAsync(
        CurrentPerson me, IFeedbackResultsStore store, IRosterStore roster, TimeProvider time, string? team, string? weeks, CancellationToken cancellationToken)
    {
        var people = await roster.GetAsync(cancellationToken);
        var scope = ResultsScope.For(me, [.. people.Teams.Select(t => t.Id)], string.IsNullOrWhiteSpace(team) ? null : team);
        var period = ResultsPeriod.Parse(weeks);
        var (from, to) = ResultsPeriod.Of(period, time.GetUtcNow());
        return (await store.GetAsync(scope.Query(from, to), cancellationToken), scope, people, period);
    }

    private static void Headers(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
    }
}
