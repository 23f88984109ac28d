using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>Misses are counted by outcome, intent, confidence band and question; the text reaches only a Debug log.</summary>
public sealed class UnderstandingTelemetryTests
{
    [Fact]
    public void Record_CountsTheMissByItsTagsAndLogsTheTextAtDebugOnly()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var telemetry = new UnderstandingTelemetry(services.GetRequiredService<IMeterFactory>(), loggers.CreateLogger<UnderstandingTelemetry>());
        var measured = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == UnderstandingTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => measured.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        telemetry.Record(new UnderstandingMiss(UnderstandingMiss.Clarified, "playbook.angry", 0.34f, "None", "la señora López me gritó"));

        var (value, tags) = Assert.Single(measured);
        Assert.Equal(1, value);
        Assert.Equal(
            new Dictionary<string, object?> { ["outcome"] = "clarify", ["intent"] = "playbook.angry", ["confidence"] = "0.3-0.4", ["prompt"] = "None" },
            tags);
        var entry = Assert.Single(logs.Entries, e => e.Message.Contains("López", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, entry.Level);
    }

    [Theory]
    [InlineData(0f, "0.0-0.1")]
    [InlineData(0.39f, "0.3-0.4")]
    [InlineData(1f, "0.9-1.0")]
    public void Band_IsTheTenth(float confidence, string band) => Assert.Equal(band, UnderstandingTelemetry.Band(confidence));
}
