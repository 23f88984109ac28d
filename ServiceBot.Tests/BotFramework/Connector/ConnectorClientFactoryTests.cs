using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Connector;

public sealed class ConnectorClientFactoryTests : IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private FakeChannelServer _channel = null!;
    private ServiceUrlTrust _trust = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task CreateForStoredReference_UnlistedServiceUrl_TrustsItAndSendsTheToken()
    {
        var sut = CreateSut();

        var client = sut.CreateForStoredReference(new ConversationReference { ServiceUrl = _channel.ServiceUrl() });
        await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("Bearer app-token", Assert.Single(_channel.Calls).Authorization);
        Assert.True(_trust.IsTrusted(_channel.ServiceUrl()));
    }

    [Fact]
    public async Task Create_SameUnlistedServiceUrlWithoutAStoredReference_RefusesToSendTheToken()
    {
        var sut = CreateSut();

        var client = sut.Create(_channel.ServiceUrl());

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));
        Assert.Empty(_channel.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ftp://files.example.com/")]
    [InlineData("not a url")]
    public void CreateForStoredReference_WithoutAnHttpServiceUrl_ThrowsAndTrustsNothing(string? serviceUrl)
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentException>(() => sut.CreateForStoredReference(new ConversationReference { ServiceUrl = serviceUrl }));
        Assert.False(serviceUrl is not null && _trust.IsTrusted(serviceUrl));
    }

    private static Activity Message() => Activity.CreateMessage("hola") with { Conversation = new ConversationAccount { Id = "a:conv" } };

    private ConnectorClientFactory CreateSut()
    {
        var options = Options.Create(new BotFrameworkOptions { ConnectorMaxRetries = 0 });
        _trust = new ServiceUrlTrust(options);
        return new ConnectorClientFactory(
            _services.GetRequiredService<IHttpClientFactory>(), new FixedTokenProvider(), _trust, options, TimeProvider.System);
    }

    private sealed class FixedTokenProvider : IAppTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>("app-token");
    }
}
