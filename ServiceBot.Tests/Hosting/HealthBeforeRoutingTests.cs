using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// /healthz is answered ahead of routing, so the first probe after the port opens does not wait for every endpoint and
/// the route table to be built; any other request is routed as before. Observed through routing's own match counter of
/// this host (aspnetcore.routing.match_attempts), which only the routing middleware records.
/// </summary>
public sealed class HealthBeforeRoutingTests : BotHostTestBase
{
    private const string MatchAttempts = "aspnetcore.routing.match_attempts";

    [Fact]
    public async Task Healthz_IsAnsweredWithoutRouting_OtherRequestsAreRouted()
    {
        var meters = App.Services.GetRequiredService<IMeterFactory>();
        var attempts = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Name == MatchAttempts && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref attempts, (int)value));
        listener.Start();

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(0, Volatile.Read(ref attempts));

        Assert.NotEqual(HttpStatusCode.NotFound, (await Client.GetAsync("/ready")).StatusCode);
        Assert.True(Volatile.Read(ref attempts) > 0, "the request to /ready was routed");
    }
}
