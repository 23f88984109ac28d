using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// A customer answers the survey in Chromium at phone size with scripts off, then opens the link again with scripts on
/// (already received); a supervisor opens the dashboard. Screenshots are saved as test artifacts; nothing is fetched
/// from anywhere but the app.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class SurveyInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedServiceBot bot = null!;
    private readonly List<string> refused = [];

    public async Task InitializeAsync()
    {
        if (BrowserTestEnvironment.SkipReason is null)
        {
            bot = await ServedServiceBot.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task Customer_AnswersOnAPhoneWithScriptsOff_ThenTheLinkSaysReceived_AndTheDashboardShowsIt()
    {
        var folder = TestArtifacts.FolderFor(GetType());
        var token = await InviteAsync();

        var phone = await PageAsync(360, 740, scripts: false);
        await phone.GotoAsync($"{bot.BaseUrl}/feedback/{token.Value}");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "¿Cómo le atendimos?" })).ToBeVisibleAsync();
        var excellent = phone.GetByRole(AriaRole.Group, new() { Name = "En general" }).GetByText("Excelente");
        var box = await excellent.Locator("xpath=..").BoundingBoxAsync();
        Assert.True(box is { Height: >= 24, Width: >= 24 }, $"rating target {box?.Width}×{box?.Height}");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(folder, "survey-360.png"), FullPage = true });

        await excellent.ClickAsync();
        await phone.GetByText("Amabilidad").ClickAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "Fue fácil" }).GetByText("Totalmente de acuerdo").ClickAsync();
        await phone.GetByLabel("¿Algo más que quiera contarnos?").FillAsync("Muy amable, gracias <3");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Enviar respuesta" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "¡Gracias!" })).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(folder, "thanks-360.png"), FullPage = true });

        var again = await PageAsync(360, 740, scripts: true);
        await again.GotoAsync($"{bot.BaseUrl}/feedback/{token.Value}");
        await Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Respuesta recibida" })).ToBeVisibleAsync();
        await again.ScreenshotAsync(new() { Path = Path.Combine(folder, "received-360.png"), FullPage = true });

        foreach (var width in new[] { 1024, 360 })
        {
            var dashboard = await PageAsync(width, 900, scripts: true);
            await dashboard.GotoAsync($"{bot.BaseUrl}/results");
            await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Resultados de las encuestas" })).ToBeVisibleAsync();
            await Expect(dashboard.Locator("svg.chart").First).ToBeVisibleAsync();
            await Expect(dashboard.GetByText("100 %").First).ToBeVisibleAsync();
            await dashboard.ScreenshotAsync(new() { Path = Path.Combine(folder, $"dashboard-{width}.png"), FullPage = true });
        }

        var answer = await bot.Services.GetRequiredService<IFeedbackStore>().GetBySessionAsync("browser-session");
        Assert.Equal((5, 7, "Muy amable, gracias <3", FeedbackSource.Web), (answer!.Rating, answer.Effort, answer.Comment, answer.Source));
        Assert.Equal(["kindness"], answer.Aspects);
        Assert.Empty(refused);
    }

    private async Task<SurveyToken> InviteAsync()
    {
        var now = bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var token = SurveyToken.New();
        await bot.Services.GetRequiredService<ISurveyInvitationStore>().CreateAsync(new SurveyInvitation
        {
            TokenHash = token.Hash, ServiceSessionId = "browser-session", AgentId = "29:agent", AgentName = "Ana López", TeamId = "general",
            ServiceChannel = "in-person", Language = Language.Spanish, CreatedAt = now, ExpiresAt = now.AddHours(72),
        });
        return token;
    }

    private async Task<IPage> PageAsync(int width, int height, bool scripts)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "es-MX",
            JavaScriptEnabled = scripts,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(bot.BaseUrl + "/", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (refused)
                {
                    refused.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        return page;
    }
}
