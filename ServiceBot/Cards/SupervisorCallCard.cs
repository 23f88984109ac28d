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

        if (!string.IsNullOrEmpty(call.Temperament))
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.ProtocolCustomer, ("temperament", call.Temperament))));
        }

        if (call.PlaybookTitle is not null)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallPlaybook, ("playbook", call.PlaybookTitle), ("step", call.PlaybookStep ?? 0), ("total", call.PlaybookSteps ?? 0))));
        }

        if (call.LongestWaitMinutes is { } wait)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.SupervisorCallWaiting, ("minutes", wait))));
        }

        return AdaptiveCards.Card(body);
    }
}
