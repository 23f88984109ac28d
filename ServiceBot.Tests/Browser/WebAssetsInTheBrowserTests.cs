using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceBot.Cards;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// The bundles built from web/ work in Chromium when the app serves them from wwwroot: Web Chat renders and talks
/// (over a stub Direct Line, no bot), the card preview renders a card the bot sends, the Teams tab bootstrap knows it
/// is outside Teams. Nothing is fetched from anywhere but the app. Screenshots at phone and desktop width.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class WebAssetsInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedServiceBot _bot = null!;

    public async Task InitializeAsync()
    {
        if (BrowserTestEnvironment.SkipReason is null)
        {
            _bot = await ServedServiceBot.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task TheAppServesEachBundleAsAStaticFile()
    {
        using var client = _bot.CreateClient();
        foreach (var bundle in new[] { "webchat.js", "card-preview.js", "teams-tab.js" })
        {
            using var response = await client.GetAsync(new Uri($"/assets/{bundle}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [BrowserFact]
    public async Task WebChatBundle_RendersWebChatAndSendsAMessage()
    {
        var folder = TestArtifacts.FolderFor(GetType());
        foreach (var width in new[] { 360, 1024 })
        {
            var page = await _bot.OpenTestPageAsync(browser, "webchat-stub.html", width);
            try
            {
                // Web Chat shows the stub bot's greeting and its Adaptive Card.
                Assert.True(_bot.PageErrors.Count == 0, string.Join("\n", _bot.PageErrors));
                await Expect(page.GetByText("Hola, soy ServiceBot.").First).ToBeVisibleAsync();
                await Expect(page.Locator(".ac-adaptiveCard").GetByText("¿Qué necesita?")).ToBeVisibleAsync();

                var sendBox = page.GetByRole(AriaRole.Textbox).First;
                await sendBox.FillAsync("hola");
                await sendBox.PressAsync("Enter");

                await Expect(page.GetByText("Recibido: hola").First).ToBeVisibleAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"webchat-{width}.png") });
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        Assert.Empty(_bot.RefusedRequests);
        Assert.Empty(_bot.PageErrors);
    }

    [BrowserFact]
    public async Task CardPreviewBundle_RendersTheBotsMenuCard()
    {
        var folder = TestArtifacts.FolderFor(GetType());
        var card = MenuCard.Create(new CardTexts(RealContent.Current, Language.Spanish));
        var page = await _bot.OpenTestPageAsync(browser, "card-preview.html", 360);
        try
        {
            var result = await page.EvaluateAsync<JsonElement>(
                "(card) => window.ServiceBotCards.previewCard(JSON.parse(card), document.getElementById('preview'), 360)",
                card.ToJsonString());

            Assert.Equal("3.0.6", await page.EvaluateAsync<string>("() => window.ServiceBotCards.rendererVersion"));
            Assert.Empty(result.GetProperty("errors").EnumerateArray());
            Assert.True(result.GetProperty("height").GetInt32() > 100, "the menu card has a title and buttons");
            await Expect(page.Locator(".ac-adaptiveCard .ac-pushButton").First).ToBeVisibleAsync();
            await page.Locator("#preview").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, "menu-es-360.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.Empty(_bot.RefusedRequests);
        Assert.Empty(_bot.PageErrors);
    }

    [BrowserFact]
    public async Task TeamsTabBundle_OutsideTeams_SaysSoAtOnce()
    {
        var page = await _bot.OpenTestPageAsync(browser, "card-preview.html", 1024);
        try
        {
            var inTeams = await page.EvaluateAsync<bool>("() => window.ServiceBotTeamsTab.start().then(tab => tab.inTeams)");

            Assert.False(inTeams);
            Assert.Empty(_bot.PageErrors);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
