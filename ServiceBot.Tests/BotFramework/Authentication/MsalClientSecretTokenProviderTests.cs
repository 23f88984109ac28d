using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class MsalClientSecretTokenProviderTests : IAsyncLifetime
{
    private FakeTokenEndpoint _entra = null!;

    public async Task InitializeAsync() => _entra = await FakeTokenEndpoint.StartAsync();

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    [Fact]
    public async Task GetToken_SingleTenant_UsesTheTenantAuthorityAndTheConnectorScope()
    {
        var sut = CreateSut(MicrosoftAppType.SingleTenant);

        var token = await sut.GetTokenAsync(forceRefresh: false, CancellationToken.None);

        Assert.NotNull(token);
        var (path, form) = Assert.Single(_entra.Requests, r => r.Path.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal($"/{ServiceBotApplication.TestTenantId}/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal(ServiceBotApplication.TestAppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
    }

    [Fact]
    public async Task GetToken_MultiTenant_UsesTheBotFrameworkTenant()
    {
        await CreateSut(MicrosoftAppType.MultiTenant).GetTokenAsync(forceRefresh: false, CancellationToken.None);

        Assert.Contains(_entra.Requests, r => r.Path == "/botframework.com/oauth2/v2.0/token");
    }

    [Fact]
    public async Task GetToken_Twice_IsServedFromMsalsCacheUntilForced()
    {
        var sut = CreateSut(MicrosoftAppType.SingleTenant);

        var first = await sut.GetTokenAsync(forceRefresh: false, CancellationToken.None);
        var second = await sut.GetTokenAsync(forceRefresh: false, CancellationToken.None);
        await sut.GetTokenAsync(forceRefresh: true, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(2, _entra.Requests.Count(r => r.Path.EndsWith("/token", StringComparison.Ordinal)));
    }

    private MsalClientSecretTokenProvider CreateSut(MicrosoftAppType appType) => new(
        Options.Create(new BotCredentialsOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = ServiceBotApplication.TestAppId,
            MicrosoftAppPassword = "s3cret",
            MicrosoftAppTenantId = ServiceBotApplication.TestTenantId,
        }),
        Options.Create(new BotFrameworkOptions { AuthorityHost = _entra.BaseUrl }),
        new TrustingFactory(_entra),
        TimeProvider.System);

    private sealed class TrustingFactory(FakeTokenEndpoint entra) : IMsalHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client = new(entra.CreateTrustingHandler());

        public HttpClient GetHttpClient() => _client;

        public void Dispose() => _client.Dispose();
    }
}
