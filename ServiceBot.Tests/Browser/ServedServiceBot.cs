using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// The whole ServiceBot host in local mode, listening on loopback with Kestrel so a browser can reach it, and a way to
/// open a page of the test's own at the app's origin (its scripts then load from the app's static files). Every request
/// the page makes elsewhere is refused and recorded: nothing may come from a CDN.
/// </summary>
public sealed class ServedServiceBot : IAsyncDisposable
{
    private readonly FakeChannelServer _channel;
    private readonly ServiceBotApplication _app;

    private ServedServiceBot(FakeChannelServer channel, ServiceBotApplication app, string baseUrl)
    {
        _channel = channel;
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Requests the page tried to send anywhere but the app.</summary>
    public List<string> RefusedRequests { get; } = [];

    /// <summary>Errors the page logged or threw.</summary>
    public List<string> PageErrors { get; } = [];

    public static async Task<ServedServiceBot> StartAsync()
    {
        var channel = await FakeChannelServer.StartAsync();
        var app = new ServiceBotApplication(channel, appId: null);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ServedServiceBot(channel, app, address.TrimEnd('/'));
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>The running host's services (for example its text catalog).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Opens one of the app's own pages (<paramref name="pathAndQuery"/>), refusing every request that leaves the app.</summary>
    public async Task<IPage> OpenAppPageAsync(BrowserFixture browser, string pathAndQuery, int width, int height = 800, string? timeZoneId = null)
    {
        var page = await browser.NewPageAsync(width, height, timeZoneId);
        Watch(page);
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (RefusedRequests)
                {
                    RefusedRequests.Add(url);
                }

                await route.AbortAsync();
            }
        });
        await page.GotoAsync(BaseUrl + pathAndQuery);
        return page;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (PageErrors)
                {
                    PageErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (PageErrors)
            {
                PageErrors.Add(error);
            }
        };
    }

    /// <summary>Opens Browser/Pages/<paramref name="pageFile"/> as if the app served it at /test-pages/.</summary>
    public async Task<IPage> OpenTestPageAsync(BrowserFixture browser, string pageFile, int width, int height = 800)
    {
        var page = await browser.NewPageAsync(width, height);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (PageErrors)
                {
                    PageErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (PageErrors)
            {
                PageErrors.Add(error);
            }
        };
        var html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "Pages", pageFile));
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url == $"{BaseUrl}/test-pages/{pageFile}")
            {
                await route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
            }
            else if (url.StartsWith(BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (RefusedRequests)
                {
                    RefusedRequests.Add(url);
                }

                await route.AbortAsync();
            }
        });
        await page.GotoAsync($"{BaseUrl}/test-pages/{pageFile}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }
}
