using Microsoft.Playwright;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Web.Chat;
using static Microsoft.Playwright.Assertions;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Conversations of the local chat live in the bot's memory: a reload of the page resumes the tab's conversation (its
/// token refreshed, the log read again from the start); one the bot no longer has starts afresh with a notice saying
/// why; "New conversation" starts afresh without one.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ChatPageReloadTests(BrowserFixture browser, LocalBotFixture local) : IClassFixture<LocalBotFixture>
{
    private static readonly LocatorAssertionsToHaveCountOptions BotTime = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task Reload_ResumesTheConversation_NewConversationStartsAfresh()
    {
        var bot = local.Bot;
        bot.ClearRecords();
        var folder = TestArtifacts.FolderFor(GetType());
        var page = await bot.OpenAppPageAsync(browser, "/?as=agent&lang=es", 360, 780);
        try
        {
            var chat = page.Locator("[data-servicebot-local-chat][data-connected=true]");
            await Expect(chat).ToHaveCountAsync(1, BotTime);
            var sendBox = page.GetByRole(AriaRole.Textbox).Last;
            await sendBox.FillAsync("frases");
            await sendBox.PressAsync("Enter");
            var phrasesTitle = page.GetByText(Prefix(RealContent.Current.Ui.Get(TextKeys.PhrasesTitle, Language.Spanish)));
            await Expect(phrasesTitle).ToHaveCountAsync(1, BotTime);

            await page.ReloadAsync();
            await Expect(page.Locator("[data-servicebot-local-chat][data-resumed=true]")).ToHaveCountAsync(1, BotTime);
            await Expect(phrasesTitle).ToHaveCountAsync(1, BotTime);
            await Expect(page.GetByText("frases", new() { Exact = true })).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-servicebot-chat-notice]")).ToBeHiddenAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "resumed-es-360.png") });

            // Another message in the resumed conversation is answered: the reconnected client's token works.
            await sendBox.FillAsync("ayuda");
            await sendBox.PressAsync("Enter");
            await Expect(page.GetByText("ayuda", new() { Exact = true })).ToHaveCountAsync(1, BotTime);

            await page.GetByRole(AriaRole.Button, new() { Name = ChatPageTexts.For(Language.Spanish).NewConversation }).ClickAsync();
            await Expect(page.Locator("[data-servicebot-local-chat][data-resumed=false]")).ToHaveCountAsync(1, BotTime);
            await Expect(phrasesTitle).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-servicebot-chat-notice]")).ToBeHiddenAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.Empty(bot.PageErrors);
    }

    [BrowserTheory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task AConversationTheBotNoLongerHas_StartsAfreshWithANoticeSayingWhy(string lang)
    {
        var bot = local.Bot;
        bot.ClearRecords();
        var language = lang == "en" ? Language.English : Language.Spanish;
        var folder = TestArtifacts.FolderFor(GetType(), $"{nameof(AConversationTheBotNoLongerHas_StartsAfreshWithANoticeSayingWhy)}-{lang}");
        var page = await bot.OpenAppPageAsync(browser, $"/?as=agent&lang={lang}", 1024, 800);
        try
        {
            await Expect(page.Locator("[data-servicebot-local-chat][data-connected=true]")).ToHaveCountAsync(1, BotTime);

            // As after a restart of the bot: the tab remembers a conversation signed with a key the bot no longer has.
            // (Set before the page's scripts run: leaving the page saves the tab's real conversation.)
            var locale = await page.Locator("[data-servicebot-local-chat]").GetAttributeAsync("data-locale");
            await page.Context.AddInitScriptAsync(
                $"sessionStorage.setItem('servicebot.conversation.agent.{locale}', JSON.stringify({{ conversationId: 'gone', token: 'eyJub3QiOiJ2YWxpZCJ9.AAAA' }}));");
            await page.ReloadAsync();

            await Expect(page.Locator("[data-servicebot-local-chat][data-connected=true][data-resumed=false]")).ToHaveCountAsync(1, BotTime);
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = ChatPageTexts.For(language).ConversationGone })).ToBeVisibleAsync();
            await Expect(page.GetByText(RealContent.Current.Ui.Get(TextKeys.WelcomeTitle, language))).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"conversation-gone-{lang}-1024.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        // Chromium logs the refused refresh (403) itself; nothing else may have gone wrong.
        Assert.DoesNotContain(bot.PageErrors, error => !error.Contains("403", StringComparison.Ordinal));
    }

    private static string Prefix(string text) => text.Split('{')[0].Trim();
}
