namespace ServiceBot.Hosting;

/// <summary>The <c>WarmUp</c> section: what the bot prepares after the port opens and before <c>/ready</c> answers 200.</summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "WarmUp";

    /// <summary>Fetch the signing keys and the app token, and rehearse the turn path, at start (<see cref="StartupWarmUp"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long fetching the signing keys, or the app token, may take before it is left to the first turn.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the warm-up, once the port is open, waits for the first request to be answered before it starts anyway:
    /// on a small machine its work would otherwise delay that first answer (the first <c>/healthz</c>).
    /// </summary>
    public TimeSpan FirstAnswerWait { get; set; } = TimeSpan.FromSeconds(1);
}
