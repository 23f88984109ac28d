using System.Globalization;
using System.Text;
using ServiceBot.Feedback.Results;

namespace ServiceBot.Web.Dashboard;

/// <summary>
/// Server-rendered SVG charts (no script, no CDN): grouped bars for CSAT and response rate by week, horizontal bars
/// for agents and aspects. Each chart has a title for screen readers and each bar a tooltip with its value.
/// </summary>
internal static class ResultsCharts
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 36;
    private const int Bottom = 28;

    public static string Weekly(IReadOnlyList<WeekResults> weeks, string title, string csatLabel, string rateLabel)
    {
        var svg = Open(title, Width, Height + 24);
        var plotHeight = Height - Bottom - 10;
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var y = 10 + plotHeight - (plotHeight * tick / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" class=\"grid\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" class=\"axis\" text-anchor=\"end\">{tick}%</text>");
        }

        var slot = weeks.Count == 0 ? 0 : (Width - Left) / (double)weeks.Count;
        var bar = Math.Min(28, slot / 3);
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var x = Left + (slot * i) + (slot / 2) - bar;
            Bar(svg, x, week.Tally.CsatPercent, bar, plotHeight, "csat", $"{csatLabel}: {Percent(week.Tally.CsatPercent)}");
            Bar(svg, x + bar, week.Tally.ResponseRatePercent, bar, plotHeight, "rate", $"{rateLabel}: {Percent(week.Tally.ResponseRatePercent)}");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + bar:0.#}\" y=\"{Height - 8}\" class=\"axis\" text-anchor=\"middle\">{week.Start:dd/MM}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Height + 6}\" width=\"12\" height=\"12\" class=\"csat\"/><text x=\"{Left + 18}\" y=\"{Height + 16}\" class=\"legend\">{E(csatLabel)}</text>")
           .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left + 260}\" y=\"{Height + 6}\" width=\"12\" height=\"12\" class=\"rate\"/><text x=\"{Left + 278}\" y=\"{Height + 16}\" class=\"legend\">{E(rateLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One bar per row, its length the value's share of <paramref name="max"/>.</summary>
    public static string Horizontal(IReadOnlyList<(string Label, double Value, string Shown)> rows, double max, string title, string cssClass)
    {
        const int RowHeight = 30;
        const int LabelWidth = 200;
        var svg = Open(title, Width, Math.Max(RowHeight, rows.Count * RowHeight));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, shown) = rows[i];
            var y = i * RowHeight;
            var length = max <= 0 ? 0 : (Width - LabelWidth - 70) * Math.Clamp(value / max, 0, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" class=\"label\">{E(Clip(label))}</text>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{length:0.#}\" height=\"18\" class=\"{cssClass}\"><title>{E(label)}: {E(shown)}</title></rect>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 19}\" class=\"value\">{E(shown)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Percent(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    private static void Bar(StringBuilder svg, double x, double? percent, double width, double plotHeight, string cssClass, string tip)
    {
        var height = plotHeight * (percent ?? 0) / 100.0;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{10 + plotHeight - height:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" class=\"{cssClass}\"><title>{E(tip)}</title></rect>");
    }

    private static StringBuilder Open(string title, int width, int height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\"><title>{E(title)}</title>");

    private static string Clip(string text) => text.Length > 28 ? text[..27] + "…" : text;

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
}
