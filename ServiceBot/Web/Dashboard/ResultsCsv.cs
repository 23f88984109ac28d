using System.Globalization;
using System.Text;
using ServiceBot.Feedback.Results;

namespace ServiceBot.Web.Dashboard;

/// <summary>
/// The dashboard's figures as CSV (UTF-8 with BOM for spreadsheets): one row per week and per agent, then the low
/// scores with their comments. A cell that a spreadsheet would run as a formula (= + - @) is quoted as text.
/// </summary>
internal static class ResultsCsv
{
    public static string Write(FeedbackResults results)
    {
        var csv = new StringBuilder();
        Row(csv, "kind", "key", "name", "team", "answers", "csat_percent", "mean_rating", "response_rate_percent", "ces_mean", "rating", "comment", "submitted_at");
        foreach (var week in results.ByWeek)
        {
            Tally(csv, "week", week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, week.Tally);
        }

        foreach (var agent in results.ByAgent)
        {
            Tally(csv, "agent", agent.AgentId, agent.AgentName, agent.TeamId, agent.Tally);
        }

        Tally(csv, "total", "", null, null, results.Total);
        foreach (var low in results.LowScores)
        {
            Row(csv, "low_score", low.ServiceSessionId, low.AgentName ?? low.AgentId, low.TeamId ?? "", "", "", "", "", "",
                low.Rating.ToString(CultureInfo.InvariantCulture), low.Comment ?? "", low.SubmittedAt.ToString("O", CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    private static void Tally(StringBuilder csv, string kind, string key, string? name, string? team, ResultsTally tally) => Row(
        csv, kind, key, name ?? "", team ?? "", tally.Answers.ToString(CultureInfo.InvariantCulture), Number(tally.CsatPercent), Number(tally.MeanRating),
        Number(tally.ResponseRatePercent), Number(tally.CesMean), "", "", "");

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, params string[] cells) =>
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");

    private static string Cell(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != value ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
