namespace ServiceBot.Tests.Browser;

/// <summary>A fact that drives Chromium: skipped with a hint on a dev box without it, run (and failing) in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserTestEnvironment.SkipReason;
    }
}
