using System.Text.Json.Nodes;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>What a supervisor receives when an agent asks for help: who, and the context to step in.</summary>
public static class SupervisorCallCard
{
    public static JsonObject Create(CardTexts texts, SupervisorCallContext call, DateTimeOffset? sessionStartedAt)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(TextKeys.SupervisorCallTitle, ("agent", call.AgentName))) };
        if (sessionStartedAt is { } started)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallSession, ("minutes", (int)(call.At - started).TotalMinutes))));
        }

        if (call.Temperament is { } temperament)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.ProtocolCustomer, ("temperament", texts.Temperament(temperament)))));
        }

        // The playbook may have been renamed or removed since the call was made; the id still says which one it was.
        if (call.PlaybookId is { } id)
        {
            var playbook = texts.Content.PlaybooksById.GetValueOrDefault(id);
            var title = playbook is null ? id : texts.Of(playbook.Title);
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallPlaybook, ("playbook", title), ("step", call.PlaybookStep ?? 0), ("total", call.PlaybookSteps ?? 0))));
        }

        if (call.LongestWaitMinutes is { } wait)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallWaiting, ("minutes", wait))));
        }

        return AdaptiveCards.Card(body);
    }
}
