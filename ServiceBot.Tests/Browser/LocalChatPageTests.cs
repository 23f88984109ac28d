using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// The local chat page at / in Chromium: Microsoft's Web Chat over the local Direct Line, the official directlinejs
/// client unmodified, the bot's real turn pipeline behind it. An agent starts a service, answers on the live card
/// (updated in place), asks for phrases, handles an angry customer, reviews a draft and ends the service, in Spanish
/// and in English; typed commands and texts from dialogs/ only. Screenshots at phone and desktop width.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class LocalChatPageTests(BrowserFixture browser, LocalBotFixture local) : IClassFixture<LocalBotFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions BotTime = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToBeHiddenOptions BotHidden = new() { Timeout = 30_000 };

    // One bot for the class (xUnit makes an instance per test): each test forgets what the previous ones recorded.
    private readonly ServedServiceBot _bot = Cleared(local.Bot);

    public static TheoryData<string, string, string, string, string, string> Services => new()
    {
        { "es", "nueva atención", "frases", "el cliente está furioso", "revisar: no se puede, es su problema", "terminar atención" },
        { "en", "new service", "phrases", "the customer is furious", "review: WE CANNOT DO THAT, IT IS YOUR PROBLEM", "end service" },
    };

    [BrowserTheory]
    [MemberData(nameof(Services))]
    public async Task Agent_HoldsAWholeService_InWebChat(string lang, string start, string phrases, string angry, string draft, string end)
    {
        var language = lang == "en" ? Language.English : Language.Spanish;
        var folder = TestArtifacts.FolderFor(GetType(), $"{nameof(Agent_HoldsAWholeService_InWebChat)}-{lang}");
        var page = await _bot.OpenAppPageAsync(browser, $"/?as=agent&lang={lang}&tz=America/Mexico_City", 1024, 900, "Asia/Tokyo");
        try
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
            await Expect(page.Locator("[data-local-mode=true]")).ToBeVisibleAsync();
            await SeeAsync(page, Text(TextKeys.WelcomeTitle, language));

            // One live card per service: every step below updates it in place instead of posting a new card.
            await SayAsync(page, start);
            var liveTitle = page.GetByText(Loosely(Prefix(Text(TextKeys.LiveTitle, language))));
            await Expect(liveTitle.First).ToBeVisibleAsync(BotTime);

            // A press answers in place (Action.Submit in Web Chat): the card is still there once.
            await page.GetByRole(AriaRole.Button, new() { Name = Text(TextKeys.TemperamentJovial, language), Exact = true }).First.ClickAsync();
            await Expect(liveTitle).ToHaveCountAsync(1, new() { Timeout = 30_000 });

            await SayAsync(page, phrases);
            await SeeAsync(page, Prefix(Text(TextKeys.PhrasesTitle, language)));

            await SayAsync(page, angry);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = Text(TextKeys.LiveNext, language) }).Last).ToBeVisibleAsync(BotTime);

            await SayAsync(page, draft);
            await SeeAsync(page, Prefix(Text(TextKeys.DraftTitle, language)));

            await SayAsync(page, end);
            await SeeAsync(page, Text(TextKeys.SessionClosedTitle, language));

            // Every message was echoed with its id and clientActivityID: Web Chat marked none "Send failed".
            await Expect(page.GetByText(new Regex("Send failed|No se pudo enviar"))).ToHaveCountAsync(0);

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"agent-{lang}-1024.png"), FullPage = true });
            await page.SetViewportSizeAsync(360, 780);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"agent-{lang}-360.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.Empty(_bot.RefusedRequests);
        Assert.Empty(_bot.PageErrors);
    }

    [BrowserFact]
    public async Task Bar_SwitchesToTheCustomersSurveyView_AndLinksToResultsAndStudio()
    {
        var folder = TestArtifacts.FolderFor(GetType());
        var page = await _bot.OpenAppPageAsync(browser, "/?lang=es", 360, 780);
        try
        {
            // The page's script hides the bar's Apply button once a choice reloads the page by itself.
            await Expect(page.Locator(".choices button[type=submit]")).ToBeHiddenAsync(BotHidden);
            await Expect(page.Locator("[data-servicebot-local-chat][data-connected=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await page.GetByLabel("Soy").SelectOptionAsync("customer");

            // The choice reloads the page with it in the address.
            await Expect(page.GetByLabel("Enlace de la encuesta")).ToBeVisibleAsync(BotTime);
            await Expect(page).ToHaveURLAsync(new Regex("[?&]as=customer"));
            await Expect(page.Locator("[data-servicebot-local-chat]")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Resultados" })).ToHaveAttributeAsync("href", "/results");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Estudio" })).ToHaveAttributeAsync("href", "/admin");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "customer-es-360.png") });

            await Expect(page.Locator(".choices button[type=submit]")).ToBeHiddenAsync(BotHidden);
            await page.GetByLabel("Idioma").SelectOptionAsync("en");
            await Expect(page.GetByLabel("Survey link")).ToBeVisibleAsync(BotTime);
            await Expect(page).ToHaveURLAsync(new Regex("[?&]lang=en"));
            await page.SetViewportSizeAsync(1024, 800);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "customer-en-1024.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.Empty(_bot.PageErrors);
    }

    [BrowserFact]
    public async Task ThePage_IsServedWithoutScriptsFromElsewhere()
    {
        using var client = _bot.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/webchat.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    private static ServedServiceBot Cleared(ServedServiceBot bot)
    {
        bot.ClearRecords();
        return bot;
    }

    private static string Text(string key, Language language) => RealContent.Current.Ui.Get(key, language);

    /// <summary>The text before its first placeholder ("Frases: {moment}" → "Frases:").</summary>
    private static string Prefix(string text) => text.Split('{')[0].Trim();

    private static async Task SayAsync(IPage page, string text)
    {
        var sendBox = page.GetByRole(AriaRole.Textbox).Last;
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(page.GetByText(text, new() { Exact = true }).Last).ToBeVisibleAsync(BotTime);
    }

    /// <summary>Waits for the text; Web Chat's markdown prints typographic quotes (You've → You’ve), so either form matches.</summary>
    private static Task SeeAsync(IPage page, string text) => Expect(page.GetByText(Loosely(text)).Last).ToBeVisibleAsync(BotTime);

    private static Regex Loosely(string text) =>
        new(string.Concat(text.Select(c => c switch
        {
            '\'' or '’' => "['’]",
            '"' or '“' or '”' => "[\"“”]",
            _ => Regex.Escape(c.ToString()),
        })));
}
