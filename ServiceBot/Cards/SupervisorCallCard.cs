using System.Text.Json.Nodes;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// What a supervisor receives when an agent asks for help: who, where, how long ago, the context to step in, and
/// "Voy para allá" while nobody has taken the call (then who did).
/// </summary>
public static class SupervisorCallCard
{
    public const string CallIdKey = "callId";

    /// <param name="viewerObjectId">The supervisor the card is for, so their own answer reads "you".</param>
    public static JsonObject Create(CardTexts texts, SupervisorCall call, DateTimeOffset now, string? viewerObjectId = null)
    {
        var context = call.Context;
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(TextKeys.SupervisorCallTitle, ("agent", context.AgentName))) };
        if (!string.IsNullOrWhiteSpace(call.Place))
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallPlace, ("place", call.Place))));
        }

        var minutes = call.MinutesSince(now);
        body.Add(AdaptiveCards.Text(minutes == 0 ? texts[TextKeys.SupervisorCallJustNow] : texts.Fill(TextKeys.SupervisorCallAgo, ("minutes", minutes)), subtle: true));
        body.AddRange(Details(texts, context, call.SessionStartedAt));

        if (call.IsOpen)
        {
            return AdaptiveCards.Card(body, [CardActions.Execute(texts[TextKeys.SupervisorGoing], SupervisorVerbs.Going, (CallIdKey, call.Id))]);
        }

        var mine = viewerObjectId is not null && string.Equals(viewerObjectId, call.AnsweredById, StringComparison.OrdinalIgnoreCase);
        body.Add(AdaptiveCards.Text(mine
            ? texts.Fill(TextKeys.SupervisorAnsweredByYou, ("agent", context.AgentName))
            : texts.Fill(TextKeys.SupervisorAnsweredBy, ("supervisor", call.AnsweredBy ?? string.Empty))));
        return AdaptiveCards.Card(body);
    }

    private static IEnumerable<JsonNode> Details(CardTexts texts, SupervisorCallContext call, DateTimeOffset? sessionStartedAt)
    {
        if (sessionStartedAt is { } started)
        {
            yield return AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallSession, ("minutes", Math.Max(0, (int)(call.At - started).TotalMinutes))));
        }

        if (call.Temperament is { } temperament)
        {
            yield return AdaptiveCards.Text(texts.Fill(TextKeys.ProtocolCustomer, ("temperament", texts.Temperament(temperament))));
        }

        // The playbook may have been renamed or removed since the call was made; the id still says which one it was.
        if (call.PlaybookId is { } id)
        {
            var playbook = texts.Content.PlaybooksById.GetValueOrDefault(id);
            var title = playbook is null ? id : texts.Of(playbook.Title);
            yield return AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallPlaybook, ("playbook", title), ("step", call.PlaybookStep ?? 0), ("total", call.PlaybookSteps ?? 0)));
        }

        if (call.LongestWaitMinutes is { } wait)
        {
            yield return AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallWaiting, ("minutes", wait)));
        }
    }
}
