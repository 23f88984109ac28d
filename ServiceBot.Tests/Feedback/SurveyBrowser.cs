using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// A customer's browser on the survey pages, with scripts off: GET the page, then post the form it rendered (with its
/// antiforgery field and cookie), as a browser would. The cookie is kept by hand so the same form can be posted to
/// another instance, as a second tab behind a load balancer would.
/// </summary>
public sealed partial class SurveyBrowser(HttpClient client) : IDisposable
{
    public string? Cookie { get; private set; }

    public string? FormToken { get; private set; }

    public static SurveyBrowser For(ServiceBotApplication app, string acceptLanguage = "es-MX,es;q=0.9")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return new SurveyBrowser(client);
    }

    /// <summary>Opens the page; remembers the form's antiforgery field and cookie when it shows the form.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> OpenAsync(string pathAndQuery)
    {
        var response = await client.SendAsync(WithCookie(new HttpRequestMessage(HttpMethod.Get, pathAndQuery)));
        var html = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            Cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        }

        if (TokenRegex().Match(html) is { Success: true } match)
        {
            FormToken = WebUtility.HtmlDecode(match.Groups["value"].Value);
        }

        return (response, html);
    }

    /// <summary>Posts the survey form (rating, aspects, effort, comment) with the remembered antiforgery field.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(
        string path, string? rating, IEnumerable<string>? aspects = null, string? effort = null, string? comment = null, bool withAntiforgery = true, HttpClient? via = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (withAntiforgery && FormToken is not null)
        {
            fields.Add(new("__RequestVerificationToken", FormToken));
        }

        if (rating is not null)
        {
            fields.Add(new("rating", rating));
        }

        fields.AddRange((aspects ?? []).Select(aspect => new KeyValuePair<string, string>("aspects", aspect)));
        if (effort is not null)
        {
            fields.Add(new("effort", effort));
        }

        if (comment is not null)
        {
            fields.Add(new("comment", comment));
        }

        var request = WithCookie(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
        var response = await (via ?? client).SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public HttpClient Client => client;

    public void Dispose() => client.Dispose();

    private HttpRequestMessage WithCookie(HttpRequestMessage request)
    {
        if (Cookie is not null)
        {
            request.Headers.Add("Cookie", Cookie);
        }

        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenRegex();
}
