using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Cards;

/// <summary>
/// The live card once the service is closed: how long it took, the moments gone through, phrases to close with, and
/// what comes next: the next waiting customer ("gracias por su paciencia, ya es su turno") or a new service.
/// <see cref="AfterServiceActions"/> is where the post-service survey ("Encuesta") plugs in.
/// </summary>
public static class SessionSummaryCard
{
    public static JsonObject Create(CardTexts texts, ServiceSession session, IReadOnlyList<Phrase> closingPhrases, IReadOnlyList<ServiceStage> stagesDone, WaitingLine? next, string? yourTurn, IEnumerable<JsonObject>? afterServiceActions = null)
    {
        var minutes = (int)Math.Round(((session.EndedAt ?? session.StartedAt) - session.StartedAt).TotalMinutes);
        var elapsed = minutes < 1 ? texts[TextKeys.LiveJustStarted] : texts.Fill(TextKeys.LiveElapsed, ("minutes", minutes));
        var allDone = stagesDone.Count == Enum.GetValues<ServiceStage>().Length;
        var body = new List<JsonNode>
        {
            LiveParts.Title(texts[TextKeys.SessionClosedTitle], elapsed),
            LiveParts.Line(string.Join("  ", Enum.GetValues<ServiceStage>().Select(s => $"{(stagesDone.Contains(s) ? "✓" : "○")} {texts.Stage(s)}"))),
        };
        if (allDone)
        {
            body.Add(LiveParts.Line(texts[TextKeys.SessionWellDone]));
        }

        body.AddRange(closingPhrases.Select(p => LiveParts.Quote(texts.Of(p.Text))));
        var actions = new List<JsonNode>();
        if (next is { } waiting)
        {
            body.Add(LiveParts.Line(waiting.Minutes < 1 ? texts[TextKeys.LiveWaitingNow] : texts.Fill(TextKeys.LiveWaiting, ("minutes", waiting.Minutes)), bold: true));
            if (yourTurn is not null)
            {
                body.Add(LiveParts.Quote(yourTurn));
            }

            actions.Add(CardActions.Execute(texts[TextKeys.SessionServeNext], CoachingVerbs.NewService, ("customer", waiting.Index.ToString(CultureInfo.InvariantCulture))));
        }
        else
        {
            actions.Add(CardActions.Execute(texts[TextKeys.MenuNewService], CoachingVerbs.NewService));
        }

        actions.AddRange(afterServiceActions ?? AfterServiceActions(texts, session));
        actions.Add(LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuHelp], Turns.CardVerbs.Help)));
        return LiveParts.Card(body, actions);
    }

    /// <summary>
    /// Actions offered once a service is closed, beside "Nueva atención": the post-service survey's "Encuesta"
    /// (verb <see cref="CoachingVerbs.Survey"/>, data <c>sessionId</c>), which the feedback flow answers with the choice
    /// of a one-time link and QR code or a customer in Teams.
    /// </summary>
    public static IEnumerable<JsonObject> AfterServiceActions(CardTexts texts, ServiceSession session) =>
        [CardActions.Execute(texts[TextKeys.SurveyOffer], CoachingVerbs.Survey, ("sessionId", session.Id))];
}
