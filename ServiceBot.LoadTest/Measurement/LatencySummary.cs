namespace ServiceBot.LoadTest.Measurement;

/// <summary>Latency of a set of turns, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new LatencySummary(
                sorted.Length,
                sorted.Average(),
                Percentiles.Of(sorted, 50),
                Percentiles.Of(sorted, 95),
                Percentiles.Of(sorted, 99),
                sorted[^1]);
    }
}
