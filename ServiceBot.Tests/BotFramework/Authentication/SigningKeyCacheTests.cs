using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>
/// The key cache against a real loopback metadata endpoint that can fail or hang; time (refresh interval, minimum
/// interval, fetch timeout) moves only when the test advances the <see cref="FakeTimeProvider"/>. Counts fetches and
/// checks who completed, never how long anything took.
/// </summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime, IDisposable
{
    private static readonly SigningKeyCacheSettings Settings = new(
        RefreshInterval: TimeSpan.FromHours(12),
        MinimumRefreshInterval: TimeSpan.FromMinutes(1),
        FetchTimeout: TimeSpan.FromSeconds(5));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly SingleClientFactory _httpClients = new();
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _channel.ChannelKeys.Add(new TestKey("k1", "msteams"));
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _metricsServices.DisposeAsync();
    }

    public void Dispose()
    {
        _httpClients.Dispose();
        _logs.Dispose();
    }

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
    public async Task Get_StaleKeys_AreServedAtOnceAndReplacedByOneBackgroundFetch()
    {
        using var sut = CreateSut();
        var first = await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(13));
        _channel.HoldChannelMetadata();

        var served = sut.GetAsync(CancellationToken.None);

        Assert.True(served.IsCompletedSuccessfully);
        Assert.Same(first, await served);
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(2));
        _channel.ReleaseChannelMetadata();
        Assert.True(await EventuallyAsync(() => _channel.ChannelKeyFetches == 2));
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(10);
        var latest = await sut.GetAsync(CancellationToken.None);
        while (ReferenceEquals(first, latest) && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(10);
            latest = await sut.GetAsync(CancellationToken.None);
        }

        Assert.NotSame(first, latest);
        Assert.Equal(_time.GetUtcNow(), latest.RetrievedAt);
    }

    [Fact]
    public async Task Get_StaleKeysWhileTheMetadataHangs_ConcurrentCallersNeverWaitAndShareOneFetchThatTimesOut()
    {
        using var metrics = KeyFetchMetrics();
        using var sut = CreateSut();
        var first = await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(13));
        _channel.HoldChannelMetadata();

        var callers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => sut.GetAsync(CancellationToken.None).AsTask())));

        Assert.All(callers, keys => Assert.Same(first, keys));
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(2));
        _time.Advance(Settings.FetchTimeout);
        Assert.True(await EventuallyAsync(() => metrics.GetMeasurementSnapshot().Any(m => Outcome(m) == "timeout")));
        Assert.Equal(2, _channel.ChannelMetadataRequests);
        Assert.Same(first, await sut.GetAsync(CancellationToken.None));
        Assert.Contains(_logs.Entries, e => e.EventId.Id == 1102 && e.Level == LogLevel.Warning && e.Exception is null);
    }

    [Fact]
    public async Task Get_AfterAFailedBackgroundFetch_WaitsTheMinimumIntervalBeforeTryingAgain()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(13));
        _channel.ChannelMetadataFails = true;
        await sut.GetAsync(CancellationToken.None);
        Assert.True(await EventuallyAsync(() => _logs.Entries.Any(e => e.EventId.Id == 1103)));

        await sut.GetAsync(CancellationToken.None);
        var requestsWithinTheInterval = _channel.ChannelMetadataRequests;
        _time.Advance(Settings.MinimumRefreshInterval);
        await sut.GetAsync(CancellationToken.None);

        Assert.Equal(2, requestsWithinTheInterval);
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(3));
    }

    [Fact]
    public async Task Get_WithNoKeys_ConcurrentCallersShareOneFetch()
    {
        using var sut = CreateSut();
        _channel.HoldChannelMetadata();

        var callers = Enumerable.Range(0, 5).Select(_ => sut.GetAsync(CancellationToken.None).AsTask()).ToList();
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(1));
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        _channel.ReleaseChannelMetadata();
        var keys = await Task.WhenAll(callers);

        Assert.All(keys, k => Assert.True(k.HasKey("k1")));
        Assert.Equal(1, _channel.ChannelMetadataRequests);
        Assert.Equal(1, _channel.ChannelKeyFetches);
    }

    [Fact]
    public async Task Get_WithNoKeysAndTheMetadataHanging_FailsOnceTheFetchTimeoutPasses()
    {
        using var sut = CreateSut();
        _channel.HoldChannelMetadata();

        var caller = sut.GetAsync(CancellationToken.None).AsTask();
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(1));
        _time.Advance(Settings.FetchTimeout - TimeSpan.FromMilliseconds(1));
        Assert.False(caller.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => caller.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Get_WithNoKeysAndTheMetadataFailing_ThrowsSigningKeysUnavailable()
    {
        using var sut = CreateSut();
        _channel.ChannelMetadataFails = true;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => sut.GetAsync(CancellationToken.None).AsTask());
        _channel.ChannelMetadataFails = false;

        Assert.True((await sut.GetAsync(CancellationToken.None)).HasKey("k1"));
    }

    [Fact]
    public async Task Get_WhenTheMetadataSuddenlyPublishesNoKeys_KeepsTheLastGoodOnes()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);
        var published = _channel.ChannelKeys.ToList();
        _channel.ChannelKeys.Clear();
        _time.Advance(Settings.MinimumRefreshInterval);

        var keys = await sut.RefreshForUnknownKeyAsync("k9", CancellationToken.None);
        _channel.ChannelKeys.AddRange(published);

        Assert.True(keys.HasKey("k1"));
        Assert.Equal(2, _channel.ChannelKeyFetches);
        Assert.Contains(_logs.Entries, e => e.EventId.Id == 1103 && e.Message.Contains("no signing keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshForUnknownKey_ConcurrentCallers_ShareOneFetchThenAreRateLimited()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);
        _time.Advance(Settings.MinimumRefreshInterval);
        _channel.ChannelKeys.Add(new TestKey("k2", "msteams"));
        _channel.HoldChannelMetadata();

        var callers = Enumerable.Range(0, 5).Select(_ => sut.RefreshForUnknownKeyAsync("forged", CancellationToken.None).AsTask()).ToList();
        Assert.True(await _channel.WaitForChannelMetadataRequestsAsync(2));
        _channel.ReleaseChannelMetadata();
        var results = await Task.WhenAll(callers);
        var rateLimited = await sut.RefreshForUnknownKeyAsync("forged-again", CancellationToken.None);
        _time.Advance(Settings.MinimumRefreshInterval);
        await sut.RefreshForUnknownKeyAsync("forged-once-more", CancellationToken.None);

        Assert.All(results, keys => Assert.True(keys.HasKey("k2")));
        Assert.True(rateLimited.HasKey("k2"));
        Assert.Equal(3, _channel.ChannelMetadataRequests);
    }

    [Fact]
    public async Task RefreshForUnknownKey_KeyAlreadyHeld_ReadsNothing()
    {
        using var sut = CreateSut();
        await sut.GetAsync(CancellationToken.None);

        var keys = await sut.RefreshForUnknownKeyAsync("k1", CancellationToken.None);

        Assert.True(keys.HasKey("k1"));
        Assert.Equal(1, _channel.ChannelMetadataRequests);
    }

    [Fact]
    public async Task Get_FromPlainHttpOnANonLoopbackHost_IsRefusedAndLoggedWithoutAStackTrace()
    {
        using var sut = new SigningKeyCache(
            "http://keys.example.com/meta", new OpenIdMetadataRetriever(_httpClients, _time), _time, Settings, Logger());

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => sut.GetAsync(CancellationToken.None).AsTask());

        var entry = Assert.Single(_logs.Entries, e => e.EventId.Id == 1103);
        Assert.Contains("plain HTTP", entry.Message, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    private static string? Outcome(CollectedMeasurement<long> measurement) =>
        measurement.Tags.TryGetValue("outcome", out var value) ? value as string : null;

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(10);
        while (!condition() && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(10);
        }

        return condition();
    }

    private MetricCollector<long> KeyFetchMetrics() =>
        new(_metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), BotAuthenticationMetrics.MeterName, BotAuthenticationMetrics.KeyFetchesName);

    private ILogger Logger() => _logs.CreateLogger(nameof(SigningKeyCache));

    private SigningKeyCache CreateSut() => new(
        _channel.ChannelMetadataUrl,
        new OpenIdMetadataRetriever(_httpClients, _time),
        _time,
        Settings,
        Logger(),
        new BotAuthenticationMetrics(_metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));

    private sealed class SingleClientFactory : IHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true);

        public HttpClient CreateClient(string name) => _client;

        public void Dispose() => _client.Dispose();
    }
}
