using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Cards;

/// <summary>The end of a service: how long it took, the protocol steps done, who waited, and phrases to close with.</summary>
public static class SessionSummaryCard
{
    public static JsonObject Create(CardTexts texts, ServiceSession session, IReadOnlyList<Phrase> closingPhrases)
    {
        var minutes = (int)Math.Round(((session.EndedAt ?? session.StartedAt) - session.StartedAt).TotalMinutes);
        var total = texts.Content.Protocol.Count;
        var done = session.Checklist.Select(m => m.StepId).Distinct(StringComparer.Ordinal).Count();
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Fill(TextKeys.ConfirmServiceEnded, ("minutes", minutes))),
            AdaptiveCards.Text(texts.Fill(TextKeys.SessionStepsDone, ("done", done), ("total", total))),
        };
        if (session.WaitingCustomers.Count > 0)
        {
            var longest = session.WaitingCustomers.Max(w => ((w.AttendedAt ?? session.EndedAt ?? w.ArrivedAt) - w.ArrivedAt).TotalMinutes);
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SessionWaitingCustomers, ("count", session.WaitingCustomers.Count), ("minutes", (int)Math.Round(longest)))));
        }

        if (closingPhrases.Count > 0)
        {
            body.Add(AdaptiveCards.Text($"**{texts[TextKeys.SessionClosingPhrases]}**"));
            body.AddRange(closingPhrases.Select(p => AdaptiveCards.Text($"“{texts.Of(p.Text)}”")));
        }

        return AdaptiveCards.Card(body, [CardActions.Submit(texts[TextKeys.MenuNewService], CoachingVerbs.NewService)]);
    }
}
