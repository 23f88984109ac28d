namespace ServiceBot.LoadTest.Tests.Fixtures;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class SteppedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
