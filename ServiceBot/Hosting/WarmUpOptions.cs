namespace ServiceBot.Hosting;

/// <summary>The <c>WarmUp</c> section: what the bot prepares after the port opens and before <c>/ready</c> answers 200.</summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "WarmUp";

    /// <summary>Fetch the signing keys and the app token, and rehearse the turn path, at start (<see cref="StartupWarmUp"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long fetching the signing keys, or the app token, may take before it is left to the first turn.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
