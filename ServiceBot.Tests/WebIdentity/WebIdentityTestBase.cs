using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.People;
using ServiceBot.Tests.Fixtures;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// Per test: a loopback Entra tenant (<see cref="FakeIdentityProvider"/>), and the whole ServiceBot host on loopback
/// HTTPS (Kestrel, a throwaway certificate) signing people in against it. Browsers are HttpClients with their own
/// cookie jar that trust both certificates and follow nothing by themselves.
/// </summary>
public abstract class WebIdentityTestBase : IAsyncLifetime
{
    public const string Domain = "servicebot.contoso.example";
    public const string TenantId = ServiceBotApplication.TestTenantId;
    public const string AppId = ServiceBotApplication.TestAppId;

    private readonly List<HttpClient> clients = [];
    private X509Certificate2 botCertificate = null!;

    protected FakeChannelServer Channel { get; private set; } = null!;

    protected FakeIdentityProvider Idp { get; private set; } = null!;

    protected ServiceBotApplication App { get; private set; } = null!;

    protected Uri BaseAddress { get; private set; } = null!;

    /// <summary>The bot's app id; null for local mode.</summary>
    protected virtual string? BotAppId => AppId;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannelServer.StartAsync();
        Idp = await FakeIdentityProvider.StartAsync(TenantId, AppId);
        botCertificate = FakeTokenEndpoint.CreateCertificate();
        await BeforeStartAsync();
        App = await StartAppAsync(Configure);
    }

    /// <summary>Runs before the test's host starts (for example to create its database).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Starts another host (with its own settings) against the same identity provider; disposed by the caller.</summary>
    protected async Task<ServiceBotApplication> StartAppAsync(Action<ServiceBotApplication> configure)
    {
        var app = new ServiceBotApplication(Channel, BotAppId)
        {
            TestServices = services => services.AddHttpClient(TeamsSsoTokenValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(Idp.CreateTrustingHandler),
        };
        app.WithSetting("WebSignIn:Instance", Idp.BaseUrl).WithSetting("WebSignIn:Domain", Domain);
        configure(app);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(botCertificate)));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        if (BaseAddress is null)
        {
            BaseAddress = new Uri(address.TrimEnd('/') + "/");
            Idp.RedirectUri = new Uri(BaseAddress, "signin-oidc").ToString();
        }

        return await Task.FromResult(app);
    }

    protected static Uri AddressOf(ServiceBotApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");

    /// <summary>Settings of the test's host, before it starts.</summary>
    protected virtual void Configure(ServiceBotApplication app)
    {
    }

    /// <summary>A browser: its own cookie jar, trusting the bot's and the provider's certificates, following no redirect by itself.</summary>
    protected HttpClient NewBrowser(Uri? baseAddress = null, CookieContainer? cookies = null)
    {
        var trusted = new[] { botCertificate.GetCertHashString(), Idp.Certificate.GetCertHashString() };
        var client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = cookies ?? new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && trusted.Contains(cert.GetCertHashString()) },
        })
        { BaseAddress = baseAddress ?? BaseAddress };
        clients.Add(client);
        return client;
    }

    protected static HttpRequestMessage Navigation(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        return request;
    }

    protected static HttpRequestMessage Fetch(string url, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("Sec-Fetch-Mode", "cors");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    /// <summary>Posts a Teams SSO token to the exchange endpoint, as the tab's sign-in page does.</summary>
    protected static Task<HttpResponseMessage> ExchangeAsync(HttpClient browser, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/signin/teams");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return browser.SendAsync(request);
    }

    protected static async Task<JsonElement> MeAsync(HttpClient browser, string? bearer = null)
    {
        using var response = await browser.SendAsync(Fetch("/me", bearer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static string[] Roles(JsonElement me) => [.. me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];

    protected IRosterStore Roster => App.Services.GetRequiredService<IRosterStore>();

    protected static PersonKey Key(string objectId) => new(Guid.Parse(TenantId), Guid.Parse(objectId));

    protected async Task ApplyAsync(params RosterChange[] changes)
    {
        var current = await Roster.GetAsync();
        await Roster.ApplyAsync(changes, current.ETag, "test");
    }

    /// <summary>Runs after the test's host stopped.</summary>
    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await AfterStopAsync();
        await Idp.DisposeAsync();
        await Channel.DisposeAsync();
        botCertificate.Dispose();
    }
}
