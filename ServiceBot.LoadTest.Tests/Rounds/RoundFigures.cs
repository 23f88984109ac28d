using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Tests.Fixtures;

namespace ServiceBot.LoadTest.Tests.Rounds;

/// <summary>
/// Three rounds of the floor and one bot on SQLite, with the CPU per turn of the README's quiet sittings: the floor's
/// 0.69, 0.74 and 0.62 ms, "after" 1.60, 1.30 and 1.35 ms (2.32×, 1.76× and 2.17× the floor of its round). The
/// order rotates, so the bot ran 2nd, 1st, 2nd.
/// </summary>
internal static class RoundFigures
{
    public static IReadOnlyList<TargetResult> ThreeRounds(string bot = "after (sqlite)") => BenchmarkReport.WithFloorRatios(
    [
        Runs.Of("floor", isFloor: true, cpu: 0.69, p99: 40, turnsPerSecond: 2000, round: 1, position: 1, rssStart: 97, rssEnd: 107, healthzMs: 278, readyMs: 885),
        Runs.Of(bot, cpu: 1.60, p99: 114, turnsPerSecond: 1100, round: 1, position: 2, rssStart: 261, rssEnd: 264, healthzMs: 1716, readyMs: 2258, firstTurnMs: 25),
        Runs.Of(bot, cpu: 1.30, p99: 65.5, turnsPerSecond: 1250, round: 2, position: 1, rssStart: 262, rssEnd: 271, healthzMs: 1810, readyMs: 2192, firstTurnMs: 35),
        Runs.Of("floor", isFloor: true, cpu: 0.74, p99: 42, turnsPerSecond: 1900, round: 2, position: 2, rssStart: 98, rssEnd: 104, healthzMs: 281, readyMs: 880),
        Runs.Of("floor", isFloor: true, cpu: 0.62, p99: 37, turnsPerSecond: 2074, round: 3, position: 1, rssStart: 97, rssEnd: 107, healthzMs: 290, readyMs: 890),
        Runs.Of(bot, cpu: 1.35, p99: 65.4, turnsPerSecond: 1216, round: 3, position: 2, rssStart: 261, rssEnd: 264, healthzMs: 2011, readyMs: 2178, firstTurnMs: 28),
    ]);
}
