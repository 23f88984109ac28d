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
    public async Task CreateForStoredReference_VerifiedUnlistedServiceUrl_TrustsItAndSendsTheToken()
    {
        var sut = CreateSut();

        var client = sut.CreateForStoredReference(Reference(_channel.ServiceUrl()), ServiceUrlProvenance.VerifiedChannel);
        await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("Bearer app-token", Assert.Single(_channel.Calls).Authorization);
        Assert.True(_trust.IsTrusted(_channel.ServiceUrl()));
    }

    [Theory]
    [InlineData(ServiceUrlProvenance.LocalMode)]
    [InlineData(ServiceUrlProvenance.Unknown)]
    [InlineData(ServiceUrlProvenance.UnverifiedChannel)]
    public async Task CreateForStoredReference_NotVerifiedUnlistedServiceUrl_SendsNothingAndTrustsNothing(ServiceUrlProvenance provenance)
    {
        var sut = CreateSut();

        var client = sut.CreateForStoredReference(Reference(_channel.ServiceUrl()), provenance);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));
        Assert.Empty(_channel.Calls);
        Assert.False(_trust.IsTrusted(_channel.ServiceUrl()));
    }

    [Fact]
    public async Task CreateForStoredReference_RecordedInLocalMode_IsRefusedEvenWhenItsHostIsTrusted()
    {
        var sut = CreateSut();
        _trust.MarkVerified(_channel.ServiceUrl());

        var client = sut.CreateForStoredReference(Reference(_channel.ServiceUrl()), ServiceUrlProvenance.LocalMode);

        var refused = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));
        Assert.Contains("local mode", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task Create_SameUnlistedServiceUrlWithoutAStoredReference_RefusesToSendTheToken()
    {
        var sut = CreateSut();

        var client = sut.Create(_channel.ServiceUrl());

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task CreateForActivity_InLocalMode_SendsToLoopbackWithoutAToken()
    {
        var sut = CreateSut(localMode: true);

        await sut.CreateForActivity(_channel.ServiceUrl(), ServiceUrlProvenance.LocalMode).SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Null(Assert.Single(_channel.Calls).Authorization);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://192.168.1.20:9999/")]
    [InlineData("http://localhost.example.com/")]
    public async Task CreateForActivity_InLocalModeToANonLoopbackServiceUrl_SendsNothing(string serviceUrl)
    {
        var sut = CreateSut(localMode: true);

        var client = sut.CreateForActivity(serviceUrl, ServiceUrlProvenance.LocalMode);

        var refused = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));
        Assert.Contains("loopback", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ftp://files.example.com/")]
    [InlineData("not a url")]
    public void CreateForStoredReference_WithoutAnHttpServiceUrl_ThrowsAndTrustsNothing(string? serviceUrl)
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentException>(() => sut.CreateForStoredReference(Reference(serviceUrl), ServiceUrlProvenance.VerifiedChannel));
        Assert.False(serviceUrl is not null && _trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public async Task CreateForRehearsal_SendsToItsTransportOnlyAndWithoutTheToken_AndTrustsNothing()
    {
        var sut = CreateSut();
        using var transport = new AnsweringTransport();

        var client = sut.CreateForRehearsal(_channel.ServiceUrl(), transport);
        var posted = await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal("rehearsed", posted.Id);
        var request = Assert.Single(transport.Requests);
        Assert.StartsWith(_channel.ServiceUrl(), request.RequestUri!.ToString(), StringComparison.Ordinal);
        Assert.Null(request.Headers.Authorization);
        Assert.Empty(_channel.Calls);
        Assert.False(_trust.IsTrusted(_channel.ServiceUrl()));
    }

    private static ConversationReference Reference(string? serviceUrl) => new() { ServiceUrl = serviceUrl };

    private static Activity Message() => Activity.CreateMessage("hola") with { Conversation = new ConversationAccount { Id = "a:conv" } };

    private ConnectorClientFactory CreateSut(bool localMode = false)
    {
        var options = Options.Create(new BotFrameworkOptions { ConnectorMaxRetries = 0 });
        _trust = new ServiceUrlTrust(options);
        return new ConnectorClientFactory(
            _services.GetRequiredService<IHttpClientFactory>(),
            localMode ? new NoAppTokenProvider() : new FixedTokenProvider(),
            _trust,
            options,
            Options.Create(new BotCredentialsOptions { MicrosoftAppId = localMode ? null : ServiceBotApplication.TestAppId }),
            TimeProvider.System);
    }

    /// <summary>Answers every request in process as the Connector answers a send, and keeps what it was asked.</summary>
    private sealed class AnsweringTransport : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"id":"rehearsed"}""", System.Text.Encoding.UTF8, "application/json") });
        }
    }

    private sealed class FixedTokenProvider : IAppTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>("app-token");
    }
}
