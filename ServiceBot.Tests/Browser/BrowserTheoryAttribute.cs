namespace ServiceBot.Tests.Browser;

/// <summary>A theory that drives Chromium: skipped with a hint on a dev box without it, run (and failing) in CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserTestEnvironment.SkipReason;
    }
}
