namespace ServiceBot.LoadTest.Rounds;

/// <summary>Issue 17's targets for a bot under test, each judged from the medians over a sitting's rounds.</summary>
internal enum Goal
{
    /// <summary>Steady-state CPU per turn at most 2× the floor bot's (median of the per-round ratios).</summary>
    CpuPerTurn,

    /// <summary>Steady-state p99 at most 1.5× the floor bot's (median of the per-round ratios).</summary>
    P99,

    /// <summary>
    /// Resident memory flat: over the measured conversations it grows by at most 5% of what it was at their start
    /// (median over rounds). Today's build grows 1–9 MB from ~260 MB over 2,000 conversations; the leaking build grew
    /// 100–120 MB from ~300 MB (+34–41%).
    /// </summary>
    RssFlat,

    /// <summary>
    /// Ready to answer within 0.5 s of process start, judged by /healthz: from then on a turn is answered (the port is
    /// open and the content served; a sentence that needs the classifier still in training waits for it). /ready, when
    /// the classifier and the start's warm-up are done as well, is reported beside it and not judged.
    /// </summary>
    Ready,

    /// <summary>
    /// The same 0.5 s, judged by /healthz on a restart: the bot stopped as a deploy stops it and started again on the
    /// same database (its schema in place), the start a deploy, a crash or a scale-out meets. Judged beside
    /// <see cref="Ready"/> (a new database, once per installation), not instead of it; absent with --no-restart.
    /// </summary>
    ReadyOnRestart,

    /// <summary>The first conversation's slowest turn at most 3× the steady-state median of that turn.</summary>
    FirstConversation,
}
