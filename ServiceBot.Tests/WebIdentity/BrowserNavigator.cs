using System.Net;
using System.Text.RegularExpressions;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// Follows what a browser would: redirects (GET) and the identity provider's auto-submitted form post, across hosts,
/// with the client's cookie jar; records every hop and fails on a loop instead of following it forever.
/// </summary>
public static partial class BrowserNavigator
{
    public const int MaxHops = 10;

    public static async Task<(HttpResponseMessage Final, IReadOnlyList<string> Hops)> NavigateAsync(HttpClient browser, string url)
    {
        var hops = new List<string>();
        var request = Navigation(new Uri(browser.BaseAddress!, url).ToString());
        for (var hop = 0; hop < MaxHops; hop++)
        {
            hops.Add($"{request.Method} {request.RequestUri}");
            var response = await browser.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect)
            {
                var location = new Uri(request.RequestUri!, response.Headers.Location!);
                response.Dispose();
                request = Navigation(location.ToString());
                continue;
            }

            if (response.StatusCode == HttpStatusCode.OK &&
                response.Content.Headers.ContentType?.MediaType == "text/html" &&
                AutoPostForm().Match(await response.Content.ReadAsStringAsync()) is { Success: true } form)
            {
                var fields = HiddenInput().Matches(form.Groups["inputs"].Value)
                    .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
                var action = new Uri(request.RequestUri!, WebUtility.HtmlDecode(form.Groups["action"].Value));
                response.Dispose();
                request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
                request.Headers.Add("Sec-Fetch-Mode", "navigate");
                continue;
            }

            return (response, hops);
        }

        throw new InvalidOperationException($"More than {MaxHops} hops (a redirect loop?):\n{string.Join('\n', hops)}");
    }

    private static HttpRequestMessage Navigation(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        return request;
    }

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]+)">(?<inputs>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex AutoPostForm();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"/>""")]
    private static partial Regex HiddenInput();
}
