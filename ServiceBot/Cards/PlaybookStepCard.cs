using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>One step of a difficult-customer playbook: what to do, what to say, what to avoid, and the way on.</summary>
public static class PlaybookStepCard
{
    public static JsonObject Create(CardTexts texts, Playbook playbook, int stepIndex)
    {
        var step = playbook.Steps[stepIndex];
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Of(playbook.Title)),
            AdaptiveCards.Text($"{texts.Fill(TextKeys.PlaybookMethod, ("method", playbook.Method.ToString().ToUpperInvariant()))} · {texts.Fill(TextKeys.PlaybookStepOf, ("step", stepIndex + 1), ("total", playbook.Steps.Count))}", subtle: true),
            AdaptiveCards.Text($"**{texts.Of(step.Title)}**"),
            AdaptiveCards.Text(texts.Of(step.Do)),
        };
        if (step.Say.Count > 0)
        {
            body.Add(AdaptiveCards.Text($"**{texts[TextKeys.PlaybookSayLabel]}**"));
            body.AddRange(step.Say.Select(p => AdaptiveCards.Text($"“{texts.Of(p.Text)}”")));
        }

        if (step.Avoid.Count > 0)
        {
            body.Add(AdaptiveCards.Text($"**{texts[TextKeys.PlaybookAvoidLabel]}**"));
            body.AddRange(step.Avoid.Select(a => AdaptiveCards.Text($"✗ {texts.Of(a)}")));
        }

        var last = stepIndex + 1 >= playbook.Steps.Count;
        var actions = new List<JsonNode>
        {
            // "Next" past the last step finishes the guide, so the same verb serves both buttons.
            CardActions.Submit(texts[last ? TextKeys.PlaybookFinish : TextKeys.PlaybookNextStep], CoachingVerbs.NextPlaybookStep),
            CardActions.Submit(texts[TextKeys.MenuCallSupervisor], CoachingVerbs.CallSupervisor),
        };
        if (!last)
        {
            actions.Add(CardActions.Submit(texts[TextKeys.MenuCancel], CoachingVerbs.Cancel));
        }

        return AdaptiveCards.Card(body, actions);
    }
}
