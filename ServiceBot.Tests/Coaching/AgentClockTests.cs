using System.Text.Json;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Coaching;

namespace ServiceBot.Tests.Coaching;

public sealed class AgentClockTests
{
    private static readonly DateTimeOffset UtcNow = new(2026, 11, 23, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_LocalTimezone_Wins()
    {
        var activity = Parse("""{"type":"message","localTimezone":"Europe/Madrid","localTimestamp":"2026-11-23T09:30:00-05:00","entities":[{"type":"clientInfo","timezone":"America/Lima"}]}""");

        var time = AgentClock.Resolve(activity, UtcNow, "America/Mexico_City");

        Assert.Equal((new DateTime(2026, 11, 23, 15, 30, 0), "Europe/Madrid"), (time.Local.DateTime, time.TimeZoneId));
    }

    [Fact]
    public void Resolve_NoLocalTimezone_UsesTheClientInfoEntity()
    {
        var activity = Parse("""{"type":"message","localTimestamp":"2026-11-23T09:30:00-05:00","entities":[{"type":"clientInfo","locale":"es-PE","timezone":"Europe/Madrid"}]}""");

        var time = AgentClock.Resolve(activity, UtcNow, "America/Mexico_City");

        Assert.Equal((new DateTime(2026, 11, 23, 15, 30, 0), "Europe/Madrid"), (time.Local.DateTime, time.TimeZoneId));
    }

    [Fact]
    public void Resolve_OnlyALocalTimestamp_UsesItsOffset()
    {
        var activity = Parse("""{"type":"message","localTimestamp":"2026-11-23T09:30:00-05:00"}""");

        var time = AgentClock.Resolve(activity, UtcNow, "America/Mexico_City");

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(-5)), time.Local);
        Assert.Equal(TimeSpan.FromHours(-5), time.Local.Offset);
    }

    [Theory]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"message","localTimezone":"Mars/Olympus_Mons","entities":[{"type":"clientInfo","timezone":""}]}""")]
    public void Resolve_NothingUsable_FallsBackToTheDefaultZone(string json)
    {
        var time = AgentClock.Resolve(Parse(json), UtcNow, "America/Mexico_City");

        Assert.Equal((new DateTime(2026, 11, 23, 8, 30, 0), "America/Mexico_City"), (time.Local.DateTime, time.TimeZoneId));
    }

    [Fact]
    public void Resolve_NoActivityAndAnUnknownDefault_IsUtc()
    {
        var time = AgentClock.Resolve(null, UtcNow, "Nowhere/Special");

        Assert.Equal((UtcNow, TimeSpan.Zero, (string?)null), (time.Local, time.Local.Offset, time.TimeZoneId));
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
}
