namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// The order of a round's runs: round 1 runs the plan's order (the floor, then each bot on each database), and each
/// later round starts further along it by an even share of the runs (3 rounds of 9 runs start at the 1st, 4th and
/// 7th), so a few rounds already put every bot early, midway and late; with as many rounds as runs every bot takes
/// every position once.
/// A bot's place in the order moved CPU per turn by ~15% and p99 up to 2× between two quiet sittings.
/// </summary>
internal static class RunOrder
{
    public static IReadOnlyList<T> ForRound<T>(IReadOnlyList<T> planned, int round, int rounds)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(round, rounds);
        if (planned.Count == 0)
        {
            return [];
        }

        var shift = (round - 1) * planned.Count / rounds % planned.Count;
        return [.. planned.Skip(shift), .. planned.Take(shift)];
    }
}
