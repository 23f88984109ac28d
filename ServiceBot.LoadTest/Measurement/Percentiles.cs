namespace ServiceBot.LoadTest.Measurement;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank ⌈p/100 · n⌉,
/// always one of the measured values (no interpolation between two turns).
/// </summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values to take a percentile of.", nameof(sorted));
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
