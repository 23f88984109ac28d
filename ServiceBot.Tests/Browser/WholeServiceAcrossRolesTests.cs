using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceBot.Content.Model;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Tests.Content;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Web.Chat;
using static Microsoft.Playwright.Assertions;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Every role on the local chat page at / of one running bot, in Spanish and in English, in one browser as a person
/// trying ServiceBot would use it: the agent ends a service; the bar turns the page into the customer's view, who
/// opens the survey link the agent was shown and answers it at phone size; the supervisor opens the results from the
/// bar and finds that answer (count, rating, comment); the admin opens the studio from the bar, changes a phrase the
/// agent was given and publishes; the agent's next phrases card has the new words. Typed commands and texts from
/// dialogs/ only. Screenshots of every role at 360 and 1024 px.
/// With <c>SERVICEBOT_BROWSER_TARGET=http://localhost:3978</c> the same run drives a bot started by hand.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class WholeServiceAcrossRolesTests(BrowserFixture browser, LocalBotFixture local) : IClassFixture<LocalBotFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions BotTime = new() { Timeout = 30_000 };

    public static TheoryData<string> Languages => new() { "es", "en" };

    [BrowserTheory]
    [MemberData(nameof(Languages))]
    public async Task Agent_Customer_Supervisor_Admin_OnThePageWithItsBar(string lang)
    {
        var bot = local.Bot;
        bot.ClearRecords();
        var language = lang == "en" ? Language.English : Language.Spanish;
        var words = RoleWords.For(language);
        var bar = ChatPageTexts.For(language);
        var folder = TestArtifacts.FolderFor(GetType(), $"{nameof(Agent_Customer_Supervisor_Admin_OnThePageWithItsBar)}-{lang}");
        var page = await bot.OpenAppPageAsync(browser, $"/?as=agent&lang={lang}&tz=America/Mexico_City", 1024, 900, "Asia/Tokyo", words.BrowserLocale);
        try
        {
            // The agent: phrases first (the card the admin will change), then a service from start to end.
            await SeeAsync(page, Text(TextKeys.WelcomeTitle, language));
            await SayAsync(page, words.Phrases);
            await SeeAsync(page, Prefix(Text(TextKeys.PhrasesTitle, language)));
            var phrase = await PhraseShownAsync(page, language);

            await SayAsync(page, words.Start);
            await Expect(page.GetByText(Loosely(Prefix(Text(TextKeys.LiveTitle, language)))).First).ToBeVisibleAsync(BotTime);
            await SayAsync(page, words.End);
            await SeeAsync(page, Text(TextKeys.SessionClosedTitle, language));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = Text(FeedbackTextKeys.LinkOpen, language) }).Last).ToBeVisibleAsync(BotTime);
            await ShootAsync(page, folder, $"1-agent-{lang}", page.GetByRole(AriaRole.Button, new() { Name = Text(FeedbackTextKeys.LinkOpen, language) }).Last);

            // The customer: chosen in the bar; the view offers the link the agent was just shown. Answered at phone size.
            var answersBefore = await AnswersAsync(bot, words.BrowserLocale);
            await ChooseAsync(page, bar.Who, "customer");
            var link = page.GetByLabel(bar.SurveyLinkLabel);
            await Expect(link).ToHaveValueAsync(new Regex("/feedback/"), new() { Timeout = 30_000 });
            await page.SetViewportSizeAsync(360, 740);
            await page.GetByRole(AriaRole.Button, new() { Name = bar.SurveyOpen }).ClickAsync();
            var survey = RealContent.Current.Survey;
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = survey.Title.Get(language) })).ToBeVisibleAsync(BotTime);
            await page.SetViewportSizeAsync(1024, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"2-customer-{lang}-1024.png"), FullPage = true });
            await page.SetViewportSizeAsync(360, 740);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"2-customer-{lang}-360.png"), FullPage = true });
            var rating = survey.Rating.Scale.LabelOf(2)!.Get(language);
            await page.GetByRole(AriaRole.Group, new() { Name = survey.Rating.Prompt.Get(language) }).GetByText(rating, new() { Exact = true }).ClickAsync();
            await page.Locator("textarea").FillAsync(words.Comment);
            await page.GetByRole(AriaRole.Button, new() { Name = Text(FeedbackTextKeys.PageSubmit, language) }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Text(FeedbackTextKeys.PageThanksTitle, language) })).ToBeVisibleAsync(BotTime);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"3-customer-thanks-{lang}-360.png"), FullPage = true });

            // The supervisor: back on the page, chosen in the bar; the results open from its link in a new tab.
            await page.GotoAsync($"{bot.BaseUrl}/?as=customer&lang={lang}&tz=America/Mexico_City");
            await ChooseAsync(page, bar.Who, "supervisor");
            await Expect(page.Locator("[data-servicebot-local-chat][data-connected=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            var results = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = bar.Results }).ClickAsync());
            await Expect(results.GetByRole(AriaRole.Heading, new() { Name = words.ResultsTitle })).ToBeVisibleAsync(BotTime);
            await Expect(results.Locator(".figure").Filter(new() { HasText = words.Answers }).Locator(".figure-value"))
                .ToHaveTextAsync((answersBefore + 1).ToString(CultureInfo.InvariantCulture));
            var row = results.GetByRole(AriaRole.Row).Filter(new() { HasText = words.Comment });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "2", Exact = true })).ToHaveCountAsync(1);
            await ShootAsync(results, folder, $"4-supervisor-results-{lang}");
            await results.CloseAsync();

            // The admin: chosen in the bar; the studio opens from its link; the phrase the agent saw is changed and published.
            await ChooseAsync(page, bar.Who, "admin");
            var studio = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = bar.Studio }).ClickAsync());
            await studio.SetViewportSizeAsync(1400, 1000);
            await studio.Locator("#studio-status").Filter(new() { HasText = "Listo." }).WaitForAsync(new() { Timeout = 30_000 });
            await studio.ClickAsync("[data-section=phrases]");
            await studio.ClickAsync($"[data-file='{PhraseFile(phrase)}']");
            await studio.Locator($"[data-path^='phrases/{phrase.Id}/'] textarea[data-language={lang}]").FillAsync(words.NewPhrase);
            await studio.FillAsync("#studio-summary", words.NewPhrase);
            await studio.ClickAsync("#studio-publish");
            await studio.Locator("#studio-status").Filter(new() { HasText = "Publicado" }).WaitForAsync(new() { Timeout = 30_000 });
            await ShootAsync(studio, folder, $"5-admin-studio-{lang}");
            await studio.CloseAsync();

            // The agent again: chosen in the bar, a new conversation, phrases: the card has the admin's words.
            await ChooseAsync(page, bar.Who, "agent");
            await NewConversationAsync(page, language);
            await SayAsync(page, words.Phrases);
            await SeeAsync(page, words.NewPhrase);
            await ShootAsync(page, folder, $"6-agent-new-phrase-{lang}", page.GetByText(Loosely(words.NewPhrase)).Last);
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.Empty(bot.RefusedRequests);
        Assert.Empty(bot.PageErrors);
    }

    private static string Text(string key, Language language) => RealContent.Current.Ui.Get(key, language);

    /// <summary>A choice in the bar reloads the page with it in the address.</summary>
    private static async Task ChooseAsync(IPage page, string label, string value)
    {
        await page.GetByLabel(label).SelectOptionAsync(value);
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]as={value}(&|$)"), new() { Timeout = 30_000 });
    }

    /// <summary>A clean conversation for the role (the page resumes the last one on a reload), once the bot has welcomed it.</summary>
    private static async Task NewConversationAsync(IPage page, Language language)
    {
        await Expect(page.Locator("[data-servicebot-local-chat][data-connected=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.EvaluateAsync("() => { window.servicebotBeforeNewConversation = true; }");
        await page.Locator("[data-servicebot-new-conversation]").ClickAsync();
        await page.WaitForFunctionAsync(
            "() => !window.servicebotBeforeNewConversation && document.querySelector('[data-servicebot-local-chat][data-connected=true]') !== null",
            null,
            new() { Timeout = 30_000 });
        await SeeAsync(page, Text(TextKeys.WelcomeTitle, language));
    }

    /// <summary>The first phrase of the content whose words the chat shows.</summary>
    private static async Task<Phrase> PhraseShownAsync(IPage page, Language language)
    {
        var shown = Plain(await page.Locator("[data-servicebot-local-chat]").InnerTextAsync());
        return RealContent.Current.Phrases.All.FirstOrDefault(p => shown.Contains(Plain(p.Text.Get(language)), StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No phrase of dialogs/phrases is in the chat:\n{shown}");
    }

    private static string PhraseFile(Phrase phrase) =>
        Directory.EnumerateFiles(Path.Combine(ContentFolders.RealDialogs, "phrases"))
            .Where(full => File.ReadAllText(full).Contains($"id: {phrase.Id}\n", StringComparison.Ordinal))
            .Select(full => "phrases/" + Path.GetFileName(full))
            .First();

    /// <summary>The "Answers" figure of /results as the bot renders it now (the count the supervisor should see grow by one).</summary>
    private static async Task<int> AnswersAsync(ServedServiceBot bot, string locale)
    {
        using var client = bot.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(locale);
        var html = await client.GetStringAsync(new Uri("/results", UriKind.Relative));
        var figure = Regex.Match(html, "figure-value\">(\\d+)</span><span class=\"figure-label\">(Respuestas|Answers)<");
        return figure.Success ? int.Parse(figure.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException("/results shows no count of answers");
    }

    /// <summary>The page at desktop and phone width; at phone width <paramref name="focus"/> (the latest reply) scrolled into view.</summary>
    private static async Task ShootAsync(IPage page, string folder, string name, ILocator? focus = null)
    {
        await page.SetViewportSizeAsync(1024, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-1024.png"), FullPage = true });
        await page.SetViewportSizeAsync(360, 780);
        if (focus is not null)
        {
            await focus.ScrollIntoViewIfNeededAsync();
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-360.png") });
        await page.SetViewportSizeAsync(1024, 900);
    }

    private static string Prefix(string text) => text.Split('{')[0].Trim();

    private static async Task SayAsync(IPage page, string text)
    {
        var sendBox = page.GetByRole(AriaRole.Textbox).Last;
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(page.GetByText(text, new() { Exact = true }).Last).ToBeVisibleAsync(BotTime);
    }

    private static Task SeeAsync(IPage page, string text) => Expect(page.GetByText(Loosely(text)).Last).ToBeVisibleAsync(BotTime);

    /// <summary>Web Chat's markdown prints typographic quotes (You've → You’ve): compare without them.</summary>
    private static string Plain(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    private static Regex Loosely(string text) =>
        new(string.Concat(text.Select(c => c switch
        {
            '\'' or '’' => "['’]",
            '"' or '“' or '”' => "[\"“”]",
            _ => Regex.Escape(c.ToString()),
        })));

    /// <summary>What each language's person types, and the words of pages whose texts are not in dialogs/.</summary>
    private sealed record RoleWords(string BrowserLocale, string Phrases, string Start, string End, string Comment, string NewPhrase, string ResultsTitle, string Answers)
    {
        public static RoleWords For(Language language) => language == Language.English
            ? new("en-US", "phrases", "new service", "end service", "She was kind but I waited a long time", "Lovely to see you again, how may I help you?", "Survey results", "Answers")
            : new("es-MX", "frases", "nueva atención", "terminar atención", "Fue amable pero esperé mucho", "Qué gusto verle de nuevo, ¿en qué le ayudo?", "Resultados de las encuestas", "Respuestas");
    }
}
