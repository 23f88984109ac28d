namespace ServiceBot.LoadTest.Load;

/// <summary>How hard and how long each bot is driven.</summary>
internal sealed record LoadSettings
{
    /// <summary>Conversations measured, after the first (cold) one and the warm-up.</summary>
    public int Conversations { get; init; } = 2000;

    /// <summary>Conversations running at once.</summary>
    public int InFlight { get; init; } = 32;

    /// <summary>Conversations run before measuring, at the same concurrency (JIT, pools, caches).</summary>
    public int WarmUp { get; init; } = 1000;

    /// <summary>Longest wait for the bot's answer to one activity; a longer one counts as an error.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After the HTTP answer, how long a turn may wait for its first reply to reach the channel.</summary>
    public TimeSpan ReplyWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound on one bot's run (start, cold, warm-up and measured); no new conversation starts after it.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long the channel reuses a signed token for one serviceUrl; zero signs every activity anew, which costs this
    /// tool an RSA signature (about 1.4 ms of CPU on a 2-core VM) per turn, taken from the cores the bot runs on.
    /// The bot validates the signature of every activity either way.
    /// </summary>
    public TimeSpan TokenReuse { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the bot's /proc figures are read during a run.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait, from process start, for the bot's /healthz and then its /ready (<c>--ready-timeout</c>).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// After the measured conversations, stop the bot as a deploy does and start it again on the same database, timed as
    /// the first start (the start users meet most: a deploy, a crash, a scale-out); <c>--no-restart</c> skips it.
    /// </summary>
    public bool Restart { get; init; } = true;
}
