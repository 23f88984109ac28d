using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// A supervisor's alert for a rating of 1 or 2: who, the rating and comment, and the service's context (length,
/// the customer's mood, the difficult-customer guides used, the moments done or skipped, protocol steps done and
/// skipped, waiting customers), with "Lo reviso" to tell the agent.
/// </summary>
public static class LowRatingAlertCard
{
    public static JsonObject Create(CardTexts texts, FeedbackResponse response, ServiceSession? session, string agentName)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(response);
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Fill(FeedbackTextKeys.AlertTitle, ("rating", response.Rating), ("agent", agentName))),
        };
        if (response.Comment is { } comment)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.SummaryComment, ("comment", FeedbackSummaryCard.Plain(comment)))));
        }

        if (session is not null)
        {
            var minutes = (int)Math.Round(((session.EndedAt ?? session.StartedAt) - session.StartedAt).TotalMinutes);
            var mood = session.Temperament is { } temperament && Enum.TryParse<Content.Model.Temperament>(temperament, true, out var parsed)
                ? texts.Temperament(parsed)
                : "—";
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertContext, ("minutes", minutes), ("mood", mood))));
            var playbooks = session.Playbooks
                .Select(id => texts.Content.PlaybooksById.TryGetValue(id, out var playbook) ? texts.Of(playbook.Title) : id)
                .ToList();
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertPlaybooks, ("playbooks", playbooks.Count > 0 ? string.Join(", ", playbooks) : texts[FeedbackTextKeys.AlertNoPlaybook]))));
            var protocol = texts.Content.Protocol;
            var done = session.Checklist.Select(mark => mark.StepId).ToHashSet(StringComparer.Ordinal);
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertMoments, ("moments", Moments(texts, done)))));
            body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertSteps, ("done", protocol.Count(step => done.Contains(step.Id))), ("total", protocol.Count))));
            var skipped = protocol.Where(step => !done.Contains(step.Id)).Select(step => texts.Of(step.Title)).ToList();
            if (skipped.Count > 0)
            {
                body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertSkipped, ("steps", string.Join(", ", skipped))), subtle: true));
            }

            if (session.WaitingCustomers.Count > 0)
            {
                var longest = session.WaitingCustomers.Max(w => ((w.AttendedAt ?? session.EndedAt ?? w.ArrivedAt) - w.ArrivedAt).TotalMinutes);
                body.Add(AdaptiveCards.Text(texts.Fill(FeedbackTextKeys.AlertWaits, ("count", session.WaitingCustomers.Count), ("minutes", (int)Math.Round(longest)))));
            }
        }

        return AdaptiveCards.Card(body, [CardActions.Submit(texts[FeedbackTextKeys.AlertReview], FeedbackVerbs.Review, (FeedbackVerbs.SessionProperty, response.ServiceSessionId))]);
    }

    /// <summary>
    /// The service's moments as the closed service card shows them ("✓ Recibir  ○ Cerrar"): a moment is done when a
    /// protocol step of its phase was ticked.
    /// </summary>
    internal static string Moments(CardTexts texts, IReadOnlySet<string> done)
    {
        (Content.Model.ProtocolPhase Phase, string Key)[] moments =
        [
            (Content.Model.ProtocolPhase.Start, Localization.TextKeys.StageArrival),
            (Content.Model.ProtocolPhase.During, Localization.TextKeys.StageService),
            (Content.Model.ProtocolPhase.Close, Localization.TextKeys.StageClose),
        ];
        return string.Join("  ", moments.Select(moment =>
        {
            var ticked = texts.Content.Protocol.Any(step => step.Phase == moment.Phase && done.Contains(step.Id));
            return $"{(ticked ? "✓" : "○")} {texts[moment.Key]}";
        }));
    }
}
