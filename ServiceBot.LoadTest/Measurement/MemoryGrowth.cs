namespace ServiceBot.LoadTest.Measurement;

/// <summary>One resident-memory reading taken while the measured conversations ran, with how many had finished by then.</summary>
internal readonly record struct MemoryReading(int Conversations, double ResidentMb);

/// <summary>Resident memory after a number of measured conversations (the median of the readings just before it).</summary>
internal sealed record MemoryCheckpoint(int Conversations, double ResidentMb);

/// <summary>
/// Whether resident memory grows with conversations or steps once and stays, told from the readings taken every
/// 250 ms: the memory at 1%, 10%, 25%, 50%, 75% and 100% of the measured conversations, the growth from halfway to
/// the end as a share of the halfway figure, and the least-squares slope over the second half in MB per 10,000
/// conversations. A warm-up step lands in the first half and leaves both second-half figures near zero; a leak
/// shows in both. Start-to-end growth alone cannot tell the two apart over a long run.
/// </summary>
internal sealed record MemoryGrowth(IReadOnlyList<MemoryCheckpoint> Checkpoints, double SecondHalfGrowthFraction, double SecondHalfSlopeMbPer10k)
{
    /// <summary>Where the checkpoints fall, as shares of the measured conversations.</summary>
    public static readonly IReadOnlyList<double> CheckpointShares = [0.01, 0.10, 0.25, 0.50, 0.75, 1.00];

    /// <summary>A checkpoint is the median of the readings within this share of the conversations before it, which smooths the GC's sawtooth.</summary>
    public const double Window = 0.02;

    private const int SlopeUnit = 10_000;

    /// <summary>The figures of <paramref name="readings"/> over <paramref name="conversations"/> measured conversations; null when there is nothing to judge.</summary>
    public static MemoryGrowth? Of(IReadOnlyList<MemoryReading> readings, int conversations)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0 || conversations < 2)
        {
            return null;
        }

        var ordered = readings.OrderBy(r => r.Conversations).ToList();
        var checkpoints = CheckpointShares
            .Select(share => (int)Math.Round(share * conversations))
            .Select(at => new MemoryCheckpoint(at, At(ordered, at, conversations)))
            .ToList();
        var half = At(ordered, conversations / 2, conversations);
        var end = At(ordered, conversations, conversations);
        return new MemoryGrowth(checkpoints, half > 0 ? (end - half) / half : double.NaN, Slope(ordered.Where(r => r.Conversations >= conversations / 2).ToList()) * SlopeUnit);
    }

    private static double At(List<MemoryReading> ordered, int at, int conversations)
    {
        var from = at - Math.Max(1, (int)Math.Round(Window * conversations));
        var window = ordered.Where(r => r.Conversations > from && r.Conversations <= at).Select(r => r.ResidentMb).Order().ToList();
        if (window.Count > 0)
        {
            return (window[(window.Count - 1) / 2] + window[window.Count / 2]) / 2;
        }

        // No reading in the window (a short run): the reading nearest to it.
        return ordered.MinBy(r => Math.Abs(r.Conversations - at)).ResidentMb;
    }

    private static double Slope(List<MemoryReading> readings)
    {
        if (readings.Count < 2)
        {
            return double.NaN;
        }

        var meanX = readings.Average(r => (double)r.Conversations);
        var meanY = readings.Average(r => r.ResidentMb);
        var spread = readings.Sum(r => (r.Conversations - meanX) * (r.Conversations - meanX));
        return spread == 0 ? double.NaN : readings.Sum(r => (r.Conversations - meanX) * (r.ResidentMb - meanY)) / spread;
    }
}
