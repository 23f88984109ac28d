using Microsoft.Playwright;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// One headless Chromium for the test run, driven by Microsoft.Playwright. It is Debian's binary
/// (<see cref="BrowserTestEnvironment.ChromiumPath"/>): Playwright's own browser builds are never downloaded. Each
/// test opens its own page in a fresh context (no shared cookies or storage).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        BrowserTestEnvironment.MissingReason ?? "The browser did not start; see the fixture's error.");

    public async Task InitializeAsync()
    {
        if (BrowserTestEnvironment.MissingReason is not null)
        {
            // Outside CI the tests are skipped; in CI each one fails on Browser with the reason.
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTestEnvironment.ChromiumPath,
            Headless = true,
            // Chromium's sandbox cannot start as root (CI runs as root); as any other user it stays on.
            ChromiumSandbox = !IsRoot,
            // Playwright gives every launch a fresh temporary profile (user-data dir) and removes it on close.
            Args =
            [
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
            ],
            Timeout = 60_000,
        });
    }

    /// <summary>A new page in its own context, <paramref name="width"/> CSS pixels wide, in the browser language <paramref name="locale"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, int height = 800, string? timeZoneId = null, string locale = "es-MX")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = timeZoneId,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
}
