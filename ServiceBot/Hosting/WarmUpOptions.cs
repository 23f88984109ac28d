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

    /// <summary>
    /// After the steps, how long the runtime must compile nothing new before <c>/ready</c> answers (the tiering's
    /// background recompiling of the start's hot methods settles first); <see cref="TimeSpan.Zero"/> does not wait.
    /// </summary>
    public TimeSpan JitQuietWindow { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest the warm-up waits for <see cref="JitQuietWindow"/>.</summary>
    public TimeSpan JitQuietLimit { get; set; } = TimeSpan.FromSeconds(1.5);
}
