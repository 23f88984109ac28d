using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Cards;

namespace ServiceBot.Feedback.Results;

/// <summary>
/// Results in Teams: CSAT labelled as the share of 4 and 5 with the mean beside it, answers, response rate, CES, this
/// week against the last, the aspects praised and (for a supervisor) each agent; a button opens the dashboard.
/// </summary>
public static class ResultsCard
{
    public static JsonObject Create(CardTexts texts, FeedbackResults results, bool mine, int weeks, string dashboardUrl)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(results);
        var total = results.Total;
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Fill(mine ? FeedbackTextKeys.ResultsTitleMine : FeedbackTextKeys.ResultsTitle, ("weeks", weeks))),
        };
        if (total.Answers == 0)
        {
            body.Add(AdaptiveCards.Text(texts[FeedbackTextKeys.ResultsNone]));
        }
        else
        {
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(
                    Fact(texts[FeedbackTextKeys.ResultsCsat], $"{Percent(total.CsatPercent)} · {texts[FeedbackTextKeys.ResultsMean]} {Number(total.MeanRating)}"),
                    Fact(texts[FeedbackTextKeys.ResultsAnswers], total.Answers.ToString(CultureInfo.InvariantCulture)),
                    Fact(texts[FeedbackTextKeys.ResultsRate], Percent(total.ResponseRatePercent)),
                    Fact(texts[FeedbackTextKeys.ResultsCes], Number(total.CesMean))),
            });
            if (Trend(results) is { } trend)
            {
                body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.ResultsTrend, ("change", trend)), subtle: true));
            }

            var aspects = results.Aspects.Take(3).Select(a => texts.Content.Survey.Aspects.Options.FirstOrDefault(o => o.Id == a.AspectId) is { } option
                ? $"{texts.Of(option.Label)} ({a.Count})" : a.AspectId).ToList();
            if (aspects.Count > 0)
            {
                body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.ResultsAspects, ("aspects", string.Join(", ", aspects)))));
            }

            if (!mine)
            {
                body.Add(AdaptiveCards.Text($"**{texts[FeedbackTextKeys.ResultsByAgent]}**"));
                body.AddRange(results.ByAgent.Where(a => a.Tally.Answers > 0).Take(8).Select(a =>
                    AdaptiveCards.Text($"{FeedbackSummaryCard.Plain(a.AgentName ?? a.AgentId)}: {Percent(a.Tally.CsatPercent)} · {a.Tally.Answers} · {Percent(a.Tally.ResponseRatePercent)}", subtle: true)));
            }
        }

        JsonNode[] actions = [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts[FeedbackTextKeys.ResultsOpen], ["url"] = dashboardUrl }];
        return AdaptiveCards.Card(body, actions);
    }

    /// <summary>CSAT of the last week with answers against the one before, in points ("+6 pts", "−3 pts").</summary>
    private static string? Trend(FeedbackResults results)
    {
        var weeks = results.ByWeek.Where(w => w.Tally.Answers > 0).ToList();
        if (weeks.Count < 2 || weeks[^1].Tally.CsatPercent is not { } last || weeks[^2].Tally.CsatPercent is not { } before)
        {
            return null;
        }

        var change = (int)Math.Round(last - before);
        return change switch
        {
            > 0 => $"↑ +{change} pts",
            < 0 => $"↓ −{-change} pts",
            _ => "= 0 pts",
        };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Percent(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";
}
