using System.Text.Json.Nodes;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// A supervisor's own menu: who on their teams is asking for help now (each with "Voy con …"), the results of their
/// teams (the "resultados" command) and a refresh.
/// </summary>
public static class SupervisorMenuCard
{
    /// <summary>Calls listed with a button; older ones are counted only (four buttons fit a phone).</summary>
    public const int MaxCallsShown = 3;

    public static JsonObject Create(CardTexts texts, IReadOnlyList<SupervisorCall> open, DateTimeOffset now, string? line = null)
    {
        var body = new List<JsonNode>();
        if (line is not null)
        {
            body.Add(AdaptiveCards.Text(line));
        }

        body.Add(AdaptiveCards.Title(texts[TextKeys.SupervisorMenuTitle]));
        var shown = open.Take(MaxCallsShown).ToList();
        if (shown.Count == 0)
        {
            body.Add(AdaptiveCards.Text(texts[TextKeys.SupervisorNoOpenCalls], subtle: true));
        }

        var actions = new List<JsonObject>();
        foreach (var call in shown)
        {
            var minutes = call.MinutesSince(now);
            var ago = minutes == 0 ? texts[TextKeys.SupervisorCallJustNow] : texts.Fill(TextKeys.SupervisorCallAgo, ("minutes", minutes));
            var where = string.IsNullOrWhiteSpace(call.Place) ? string.Empty : $" · {call.Place}";
            body.Add(AdaptiveCards.Text($"**{call.Context.AgentName}**{where} · {ago}"));
            actions.Add(CardActions.Execute(texts.Fill(TextKeys.SupervisorGoingTo, ("agent", FirstName(call.Context.AgentName))), SupervisorVerbs.Going, (SupervisorCallCard.CallIdKey, call.Id)));
        }

        if (open.Count > shown.Count)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorMoreCalls, ("count", open.Count - shown.Count)), subtle: true));
        }

        actions.Add(AdaptiveCards.SubmitAction(texts[TextKeys.SupervisorResults], SupervisorVerbs.Results, texts[TextKeys.SupervisorResultsCommand]));
        actions.Add(LiveParts.Secondary(CardActions.Execute(texts[TextKeys.SupervisorRefresh], SupervisorVerbs.Menu)));
        return LiveParts.Card(body, actions);
    }

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
