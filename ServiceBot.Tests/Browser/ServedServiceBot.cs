using System.Net;
using System.Net.Sockets;
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
    /// <summary>Names a bot already running (for example http://localhost:3978 from a fresh clone) for the tests that can use one.</summary>
    public const string TargetVariable = "SERVICEBOT_BROWSER_TARGET";

    private readonly FakeChannelServer? _channel;
    private readonly ServiceBotApplication? _app;

    private ServedServiceBot(FakeChannelServer? channel, ServiceBotApplication? app, string baseUrl)
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

    /// <summary>Forgets what earlier tests recorded (<see cref="RefusedRequests"/>, <see cref="PageErrors"/>), for a host shared by a test class.</summary>
    public void ClearRecords()
    {
        lock (RefusedRequests)
        {
            RefusedRequests.Clear();
        }

        lock (PageErrors)
        {
            PageErrors.Clear();
        }
    }

    /// <summary>
    /// Starts the host on a free loopback port. Survey links point at that port with no setting of the test's own (in
    /// Development they follow the address the server listens on), so a browser can follow the link the agent is shown.
    /// </summary>
    public static async Task<ServedServiceBot> StartAsync()
    {
        var channel = await FakeChannelServer.StartAsync();
        var port = FreeLoopbackPort();
        var app = new ServiceBotApplication(channel, appId: null);
        app.UseKestrel(port);
        app.StartServer();
        return new ServedServiceBot(channel, app, $"http://localhost:{port}");
    }

    /// <summary>
    /// The bot at <see cref="TargetVariable"/> when it is set (run as a newcomer would: <c>dotnet run --project
    /// ServiceBot</c> in a fresh clone), else a host of the test's own (<see cref="StartAsync"/>).
    /// </summary>
    public static Task<ServedServiceBot> StartOrAttachAsync() =>
        Environment.GetEnvironmentVariable(TargetVariable) is { Length: > 0 } target
            ? Task.FromResult(new ServedServiceBot(null, null, target.TrimEnd('/')))
            : StartAsync();

    /// <summary>True when the tests drive a bot they did not start (<see cref="TargetVariable"/>).</summary>
    public bool IsExternal => _app is null;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>The running host's services (for example its text catalog).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException($"The bot at {BaseUrl} runs in another process.");

    /// <summary>
    /// Opens one of the app's own pages (<paramref name="pathAndQuery"/>) in a new browser context, refusing every request
    /// that leaves the app from any page of that context (tabs it opens included) and recording their errors.
    /// </summary>
    public async Task<IPage> OpenAppPageAsync(BrowserFixture browser, string pathAndQuery, int width, int height = 800, string? timeZoneId = null, string locale = "es-MX")
    {
        var page = await browser.NewPageAsync(width, height, timeZoneId, locale);
        Watch(page);
        page.Context.Page += (_, opened) => Watch(opened);
        await page.Context.RouteAsync("**/*", async route =>
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
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }
}
