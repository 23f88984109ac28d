using System.Net;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _channel.ChannelKeys.Add(new TestKey("k1", "msteams"));
    }

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task Get_WithinRefreshInterval_ReadsKeysOnce()
    {
        using var sut = CreateSut();

        await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(11));
        var keys = await sut.GetAsync(CancellationToken.None);

        Assert.Equal(1, _channel.ChannelKeyFetches);
        Assert.True(keys.IsEndorsedFor("k1", "msteams"));
        Assert.False(keys.IsEndorsedFor("k1", "webchat"));
    }

    [Fact]
    public async Task Get_AfterRefreshInterval_ReadsKeysAgain()
    {
        using var sut = CreateSut();

        await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(13));
        await sut.GetAsync(CancellationToken.None);

        Assert.Equal(2, _channel.ChannelKeyFetches);
    }

    [Fact]
    public async Task TryRefresh_TwiceWithinMinimumInterval_RefreshesOnce()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));

        var first = await sut.TryRefreshAsync(CancellationToken.None);
        var second = await sut.TryRefreshAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(2, _channel.ChannelKeyFetches);
    }

    [Fact]
    public async Task Get_WhenRefreshFails_KeepsServingTheKeysItHas()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);
        await _channel.DisposeAsync();
        _time.Advance(TimeSpan.FromHours(13));

        var keys = await sut.GetAsync(CancellationToken.None);

        Assert.True(keys.HasKey("k1"));
    }

    [Fact]
    public async Task Get_FromPlainHttpOnANonLoopbackHost_IsRefused()
    {
        using var httpClientFactory = new SingleClientFactory();
        using var sut = new SigningKeyCache("http://keys.example.com/meta", new OpenIdMetadataRetriever(httpClientFactory, _time), _time, TimeSpan.FromHours(12), TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.GetAsync(CancellationToken.None));

        Assert.Contains("plain HTTP", error.Message, StringComparison.Ordinal);
    }

    private SigningKeyCache CreateSut() => new(
        _channel.ChannelMetadataUrl,
        new OpenIdMetadataRetriever(new SingleClientFactory(), _time),
        _time,
        TimeSpan.FromHours(12),
        TimeSpan.FromMinutes(1));

    private sealed class SingleClientFactory : IHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true);

        public HttpClient CreateClient(string name) => _client;

        public void Dispose() => _client.Dispose();
    }
}
