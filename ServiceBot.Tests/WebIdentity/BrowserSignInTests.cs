using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using ServiceBot.People;
using ServiceBot.Tests.Fixtures;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>Sign-in in a browser: the OpenID Connect code flow against the loopback Entra tenant, end to end.</summary>
public sealed class BrowserSignInTests : WebIdentityTestBase
{
    private const string AdminObjectId = "5f2a7c1e-9b3d-4e6f-8a0b-1c2d3e4f5a6b";

    [Fact]
    public async Task ProtectedPage_NavigationWithoutSession_RedirectsToTheTenantsAuthorizeEndpointWithPkceAndNonce()
    {
        using var browser = NewBrowser();

        using var response = await browser.SendAsync(Navigation("/me"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith($"{Idp.BaseUrl}/{TenantId}/oauth2/v2.0/authorize?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(AppId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(Idp.RedirectUri, query["redirect_uri"]);
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Contains("openid", query["scope"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeFlow_FollowedLikeABrowser_SignsInAndComesBackToThePageWithTheRolesOfTheAppRoles()
    {
        Idp.NextUser = new SignedInUser(AdminObjectId, "Marta Ruiz", [ServiceBotRoles.AppRoleAdmin, "Other.App.Role"]);
        using var browser = NewBrowser();

        var (final, hops) = await BrowserNavigator.NavigateAsync(browser, "/me");

        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        Assert.Collection(
            hops,
            hop => Assert.Equal($"GET {BaseAddress}me", hop),
            hop => Assert.StartsWith($"GET {Idp.BaseUrl}/{TenantId}/oauth2/v2.0/authorize", hop, StringComparison.Ordinal),
            hop => Assert.Equal($"POST {Idp.RedirectUri}", hop),
            hop => Assert.Equal($"GET {BaseAddress}me", hop));
        var me = await final.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AdminObjectId, me.GetProperty("objectId").GetString());
        Assert.Equal(TenantId, me.GetProperty("tenantId").GetString());
        Assert.Equal("Marta Ruiz", me.GetProperty("name").GetString());
        Assert.Equal("entra", me.GetProperty("signIn").GetString());
        Assert.Equal([ServiceBotRoles.Admin], Roles(me));
        Assert.Contains($"POST /{TenantId}/oauth2/v2.0/token", Idp.Requests);

        using var roster = await browser.SendAsync(Fetch("/people/roster"));
        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
    }

    [Fact]
    public async Task CodeFlow_SessionCookie_IsHostOnlySecureHttpOnlySameSiteNoneAndPartitioned()
    {
        using var browser = NewBrowser();
        using var challenge = await browser.SendAsync(Navigation("/me"));
        using var form = await browser.GetAsync(challenge.Headers.Location);
        var fields = System.Text.RegularExpressions.Regex.Matches(await form.Content.ReadAsStringAsync(), "name=\"(?<n>[^\"]+)\" value=\"(?<v>[^\"]*)\"")
            .ToDictionary(m => m.Groups["n"].Value, m => WebUtility.HtmlDecode(m.Groups["v"].Value));

        using var callback = await browser.PostAsync(Idp.RedirectUri, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/me", callback.Headers.Location!.ToString());
        var session = Assert.Single(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WebIdentitySchemes.SessionCookieName + "=", StringComparison.Ordinal));
        var attributes = session.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=none", attributes);
        Assert.Contains("partitioned", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CodeFlow_IdTokenSignedWithAnUnpublishedKey_EndsOnAFailurePageWithoutASessionOrALoop()
    {
        using var forgery = new TestKey("people-key-1");
        Idp.ForgeryKey = forgery;
        using var browser = NewBrowser();

        var (final, hops) = await BrowserNavigator.NavigateAsync(browser, "/me");

        Assert.Equal(HttpStatusCode.BadRequest, final.StatusCode);
        Assert.Equal(3, hops.Count);
        Assert.Contains("No se pudo iniciar sesión", await final.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var me = await browser.SendAsync(Fetch("/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task CodeFlow_IdTokenOfAnotherTenant_IsRefused()
    {
        Idp.IdTokenTenantOverride = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        using var browser = NewBrowser();

        var (final, _) = await BrowserNavigator.NavigateAsync(browser, "/me");

        Assert.Equal(HttpStatusCode.BadRequest, final.StatusCode);
        using var me = await browser.SendAsync(Fetch("/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Callback_ForgedWithoutTheCorrelationCookie_AnswersAFailurePageNotAnError()
    {
        using var browser = NewBrowser();

        using var response = await browser.PostAsync(Idp.RedirectUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "forged",
            ["state"] = "forged-state",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProtectedEndpoint_FetchWithoutSession_Gets401WithAReasonNotARedirect()
    {
        using var browser = NewBrowser();

        using var response = await browser.SendAsync(Fetch("/me"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ProtectedPage_OpenedInTheTeamsTab_GoesToTheTeamsSignInPageNotToEntra()
    {
        using var browser = NewBrowser();

        using var response = await browser.SendAsync(Navigation("/me?inTeams=true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin/teams?returnUrl=%2Fme%3FinTeams%3Dtrue", response.Headers.Location!.ToString());
        using var page = await browser.SendAsync(Navigation(response.Headers.Location.ToString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(TeamsScripts.TeamsJs, html, StringComparison.Ordinal);
        Assert.Contains(TeamsScripts.SignIn, html, StringComparison.Ordinal);
        Assert.Contains("data-return-url=\"/me?inTeams=true\"", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        foreach (var script in new[] { TeamsScripts.TeamsJs, TeamsScripts.SignIn, "/identity/sign-in.css" })
        {
            using var asset = await browser.GetAsync(script);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task SignIn_WithAnExternalReturnUrl_ComesBackToThisSiteOnly()
    {
        using var browser = NewBrowser();

        var (final, hops) = await BrowserNavigator.NavigateAsync(browser, "/signin?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal($"GET {BaseAddress}", hops[^1]);
        Assert.DoesNotContain(hops, hop => hop.Contains("evil.example", StringComparison.Ordinal) && !hop.Contains("signin?returnUrl", StringComparison.Ordinal));
        final.Dispose();
        Assert.Equal("/", ReturnUrls.Safe("//evil.example/"));
        Assert.Equal("/", ReturnUrls.Safe("/\\evil.example/"));
        Assert.Equal("/results?team=a", ReturnUrls.Safe("/results?team=a"));
    }

    [Fact]
    public async Task SignOut_AfterSignIn_EndsTheSession()
    {
        Idp.NextUser = new SignedInUser(AdminObjectId, "Marta Ruiz");
        using var browser = NewBrowser();
        var (signedIn, _) = await BrowserNavigator.NavigateAsync(browser, "/me");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        using var signOut = await browser.SendAsync(Navigation("/signout"));

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.Contains("Sesión cerrada", await signOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var me = await browser.SendAsync(Fetch("/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task SignedInWithoutTheRole_PageAnswers403InTheReadersLanguage_FetchAnswers403Json()
    {
        Idp.NextUser = new SignedInUser("6a3b8d2f-0c4e-4f7a-9b1c-2d3e4f5a6b7c", "Pedro Gómez");
        using var browser = NewBrowser();
        await BrowserNavigator.NavigateAsync(browser, "/me");

        var page = Navigation("/people/roster");
        page.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.8");
        using var forbidden = await browser.SendAsync(page);
        using var fetched = await browser.SendAsync(Fetch("/people/roster"));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("You do not have access to this page", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, fetched.StatusCode);
        Assert.Equal("application/problem+json", fetched.Content.Headers.ContentType?.MediaType);
    }
}
