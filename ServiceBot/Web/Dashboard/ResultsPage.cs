using System.Globalization;
using System.Text;
using ServiceBot.Cards;
using ServiceBot.Feedback;
using ServiceBot.Feedback.Results;
using ServiceBot.Localization;
using ServiceBot.People;

namespace ServiceBot.Web.Dashboard;

/// <summary>The results dashboard, rendered on the server: filters (a plain GET form), the figures, the charts, the low scores.</summary>
internal static class ResultsPage
{
    public static string Render(FeedbackResults results, ResultsScope scope, Roster roster, CardTexts texts, int weeks, string localBanner, bool inTeams)
    {
        var language = texts.Language;
        string T(string key) => ResultsTexts.Get(key, language);
        string TeamName(string? id) => id is null ? "—" : roster.FindTeam(id)?.Name ?? id;
        var total = results.Total;
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(language.Code()).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(T("title"))).Append(" · ServiceBot</title>")
            .Append("<link rel=\"stylesheet\" href=\"/results/results.css\"></head><body><main>")
            .Append(localBanner)
            .Append("<h1>").Append(E(scope.AgentObjectId is null ? T("title") : T("mine"))).Append("</h1>");

        html.Append("<form method=\"get\" action=\"/results\" class=\"filters\">");
        if (inTeams)
        {
            html.Append("<input type=\"hidden\" name=\"inTeams\" value=\"true\">");
        }

        if (scope.SelectableTeamIds.Count > 0)
        {
            html.Append("<label for=\"team\">").Append(E(T("team"))).Append("</label><select id=\"team\" name=\"team\"><option value=\"\">").Append(E(T("allTeams"))).Append("</option>");
            foreach (var team in scope.SelectableTeamIds)
            {
                html.Append("<option value=\"").Append(E(team)).Append('"').Append(team == scope.SelectedTeamId ? " selected" : string.Empty).Append('>').Append(E(TeamName(team))).Append("</option>");
            }

            html.Append("</select>");
        }

        html.Append("<label for=\"weeks\">").Append(E(T("period"))).Append("</label><select id=\"weeks\" name=\"weeks\">");
        foreach (var option in ResultsPeriod.Weeks)
        {
            html.Append("<option value=\"").Append(option).Append('"').Append(option == weeks ? " selected" : string.Empty).Append('>')
                .Append(E(string.Format(CultureInfo.InvariantCulture, T("weeks"), option))).Append("</option>");
        }

        var csvQuery = $"weeks={weeks}" + (scope.SelectedTeamId is null ? string.Empty : "&team=" + Uri.EscapeDataString(scope.SelectedTeamId));
        html.Append("</select><button type=\"submit\">").Append(E(T("show"))).Append("</button>")
            .Append("<a class=\"csv\" href=\"/results.csv?").Append(E(csvQuery)).Append("\" download>").Append(E(T("csv"))).Append("</a></form>");

        html.Append("<section class=\"figures\" aria-label=\"").Append(E(T("title"))).Append("\">");
        Figure(html, T("csat"), ResultsCharts.Percent(total.CsatPercent));
        Figure(html, T("mean"), total.MeanRating is { } mean ? mean.ToString("0.0", CultureInfo.InvariantCulture) : "—");
        Figure(html, T("answers"), total.Answers.ToString(CultureInfo.InvariantCulture));
        Figure(html, T("rate"), ResultsCharts.Percent(total.ResponseRatePercent));
        Figure(html, T("ces"), total.CesMean is { } ces ? ces.ToString("0.0", CultureInfo.InvariantCulture) : "—");
        html.Append("</section>");
        if (total.Answers == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(T("noData"))).Append("</p>");
        }

        html.Append("<section><h2>").Append(E(T("byWeek"))).Append("</h2>")
            .Append(ResultsCharts.Weekly(results.ByWeek, T("byWeek"), T("csat"), T("rate"))).Append("</section>");
        if (scope.AgentObjectId is null && results.ByAgent.Count > 0)
        {
            var agents = results.ByAgent.Where(a => a.Tally.Answers > 0)
                .Select(a => (a.AgentName ?? a.AgentId, a.Tally.CsatPercent ?? 0, $"{ResultsCharts.Percent(a.Tally.CsatPercent)} · {a.Tally.Answers} {T("answers").ToLowerInvariant()}"))
                .ToList();
            html.Append("<section><h2>").Append(E(T("byAgent"))).Append("</h2>").Append(ResultsCharts.Horizontal(agents, 100, T("byAgent"), "csat")).Append("</section>");
        }

        if (results.Aspects.Count > 0)
        {
            var labels = texts.Content.Survey.Aspects.Options.ToDictionary(o => o.Id, o => texts.Of(o.Label), StringComparer.Ordinal);
            var aspects = results.Aspects.Select(a => (labels.GetValueOrDefault(a.AspectId) ?? a.AspectId, (double)a.Count, $"{a.Count} {T("times")}")).ToList();
            html.Append("<section><h2>").Append(E(T("aspects"))).Append("</h2>").Append(ResultsCharts.Horizontal(aspects, aspects.Max(a => a.Item2), T("aspects"), "aspect")).Append("</section>");
        }

        html.Append("<section><h2>").Append(E(T("low"))).Append("</h2>");
        if (results.LowScores.Count == 0)
        {
            html.Append("<p>").Append(E(T("noLow"))).Append("</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">").Append(E(T("date"))).Append("</th><th scope=\"col\">").Append(E(T("agent")))
                .Append("</th><th scope=\"col\">").Append(E(T("team"))).Append("</th><th scope=\"col\">").Append(E(T("rating")))
                .Append("</th><th scope=\"col\">").Append(E(T("comment"))).Append("</th></tr></thead><tbody>");
            foreach (var low in results.LowScores)
            {
                html.Append("<tr><td>").Append(low.SubmittedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC</td><td>")
                    .Append(E(low.AgentName ?? low.AgentId)).Append("</td><td>").Append(E(TeamName(low.TeamId))).Append("</td><td>")
                    .Append(low.Rating).Append("</td><td>").Append(E(low.Comment ?? "—")).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</section></main></body></html>").ToString();
    }

    private static void Figure(StringBuilder html, string label, string value) =>
        html.Append("<div class=\"figure\"><span class=\"figure-value\">").Append(E(value)).Append("</span><span class=\"figure-label\">").Append(E(label)).Append("</span></div>");

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
}
