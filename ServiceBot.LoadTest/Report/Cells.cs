using System.Globalization;
using ServiceBot.LoadTest.Rounds;

namespace ServiceBot.LoadTest.Report;

/// <summary>How the Markdown tables write a figure: invariant culture, a dash for a missing one.</summary>
internal static class Cells
{
    public const string Missing = "—";

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Missing;

    public static string Ratio(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) + "×" : Missing;

    public static string Join(IEnumerable<double> values, string format) =>
        string.Join(" / ", values.Select(v => Number(v, format)));

    /// <summary>The median, then the smallest and largest in brackets when they differ: "1.87 (1.76–2.05)".</summary>
    public static string Spread(Spread spread, string format, string unit = "")
    {
        ArgumentNullException.ThrowIfNull(spread);
        if (spread.Count == 0)
        {
            return Missing;
        }

        var median = Number(spread.Median, format) + unit;
        return Number(spread.Min, format) == Number(spread.Max, format)
            ? median
            : $"{median} ({Number(spread.Min, format)}–{Number(spread.Max, format)})";
    }

    public static string RatioSpread(Spread spread) => Spread(spread, "0.00", "×");

    /// <summary>A fraction as a signed percentage: "+1.2%".</summary>
    public static string Percent(Spread spread) => Spread(spread with
    {
        Median = spread.Median * 100,
        Min = spread.Min * 100,
        Max = spread.Max * 100,
    }, "+0.0;-0.0;0.0", "%");
}
