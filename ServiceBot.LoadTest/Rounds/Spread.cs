namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// One figure over the rounds of a sitting: its median (the middle value; with an even count the mean of the two middle
/// ones) and its smallest and largest value, so a reader sees the noise beside the figure. A round without the figure
/// (NaN: no floor, no turns) is left out; with none left every part is NaN.
/// </summary>
internal sealed record Spread(double Median, double Min, double Max, int Count)
{
    public static Spread None { get; } = new(double.NaN, double.NaN, double.NaN, 0);

    public static Spread Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return None;
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1], sorted.Length);
    }
}
