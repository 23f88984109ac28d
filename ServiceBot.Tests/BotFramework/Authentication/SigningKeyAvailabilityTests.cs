using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>
/// The probes against the whole host: signing keys that cannot be read at all, keys gone stale while the
/// metadata endpoint hangs, and forged key ids. The fetch timeout is set to a minute, so any request that waited for
/// the held metadata would still be waiting when the test checks it; nothing here measures how long a request took.
/// Unknown key ids may start a refresh once a minute (on the hand-moved clock).
/// </summary>
public sealed class SigningKeyAvailabilityTests : BotHostTestBase
{
    private readonly ManualTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        new ServiceBotApplication(channel, AppId, Entra) { Clock = _clock }
            .WithSetting("BotFramework:KeyFetchTimeout", "00:01:00")
            .WithSetting("BotFramework:MinimumKeyRefreshInterval", "00:01:00");

    [Fact]
    public async Task Post_WithNoSigningKeysEverObtained_Returns503WithRetryAfterThenRecovers()
    {
        using var rejected = new MetricCollector<long>(
            App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), BotAuthenticationMetrics.MeterName, BotAuthenticationMetrics.RejectedRequestsName);
        Channel.ChannelMetadataFails = true;

        var unavailable = await Client.PostAsync(Message(), ValidToken());
        Channel.ChannelMetadataFails = false;
        var recovered = await Client.PostAsync(Message(), ValidToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.True(unavailable.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("signing keys", await unavailable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("keys_unavailable", Assert.Single(rejected.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Exception is not null && e.Category.Contains("Authentication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_StaleKeysWhileTheMetadataHangs_FourConcurrentValidRequestsAreAnsweredFromTheHeldKeys()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync(Message(), ValidToken())).StatusCode);
        _clock.Advance(TimeSpan.FromHours(13));
        Channel.HoldChannelMetadata();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.PostAsync(Message(), ValidToken())))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.True(await Channel.WaitForChannelMetadataRequestsAsync(2));
        Assert.Equal(2, Channel.ChannelMetadataRequests);
    }

    [Fact]
    public async Task Post_ValidRequest_IsNotHeldBehindForgedKeyIdsWaitingForARefresh()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync(Message(), ValidToken())).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Channel.HoldChannelMetadata();
        using var forgedKey = new TestKey("forged-kid", "msteams");

        var forged = Enumerable.Range(0, 3)
            .Select(_ => Client.PostAsync(Message(), TokenFactory.ChannelToken(forgedKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl())))
            .ToList();
        Assert.True(await Channel.WaitForChannelMetadataRequestsAsync(2));
        var valid = await Client.PostAsync(Message(), ValidToken()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.All(forged, request => Assert.False(request.IsCompleted));
        Channel.ReleaseChannelMetadata();
        Assert.All(await Task.WhenAll(forged), answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        Assert.Equal(2, Channel.ChannelMetadataRequests);
    }

    private System.Text.Json.Nodes.JsonObject Message() => TestActivities.Message(Channel.ServiceUrl(), "hola");
}
