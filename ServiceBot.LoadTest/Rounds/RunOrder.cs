namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// The order of a round's runs: round 1 runs the plan's order (the floor, then each bot on each database), and each
/// later round starts one place further along, so with as many rounds as runs every bot takes every position once.
/// A bot's place in the order moved CPU per turn by ~15% and p99 up to 2× between two quiet sittings.
/// </summary>
internal static class RunOrder
{
    public static IReadOnlyList<T> ForRound<T>(IReadOnlyList<T> planned, int round)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        if (planned.Count == 0)
        {
            return [];
        }

        var shift = (round - 1) % planned.Count;
        return [.. planned.Skip(shift), .. planned.Take(shift)];
    }
}
