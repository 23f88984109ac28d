using System.Net;
using ServiceBot.Tests.Fixtures;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>A bot on a managed identity with no app registration for people: it runs, and its pages say sign-in is not set up.</summary>
public sealed class SignInUnavailableTests : WebIdentityTestBase
{
    protected override void Configure(ServiceBotApplication app) => app
        .WithSetting("MicrosoftAppType", "UserAssignedMSI")
        .WithSetting("MicrosoftAppPassword", string.Empty);

    [Fact]
    public async Task ProtectedPage_AndFetch_Answer503WithTheMissingKeys()
    {
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Navigation("/me"));
        using var fetch = await browser.SendAsync(Fetch("/me"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("no está disponible", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, fetch.StatusCode);
        Assert.Contains("WebSignIn:ClientId", await fetch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(App.Logs.Entries, e => e.Message.Contains("Pages for people are closed", StringComparison.Ordinal));
    }
}
