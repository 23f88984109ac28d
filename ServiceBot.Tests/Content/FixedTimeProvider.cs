namespace ServiceBot.Tests.Content;

/// <summary>A clock that always says the same instant; timers still run for real (the watcher's debounce).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
