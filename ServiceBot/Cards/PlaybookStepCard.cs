using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The live card's guide mode: one step of a difficult-customer guide with the method's step named in the agent's
/// language, what to do, what to say (in this customer's register only) and what to avoid; the why on the first step;
/// on the last step a box to note what went wrong.
/// </summary>
public static class PlaybookStepCard
{
    public const string NoteInputId = "note";

    public static JsonObject Create(CardTexts texts, Playbook playbook, int stepIndex, Register register = Register.Usted, Foundation? why = null)
    {
        var step = playbook.Steps[stepIndex];
        var last = stepIndex + 1 >= playbook.Steps.Count;
        // Kept to one phone screen: where the step is goes on the method's line, the step's name leads what to do,
        // and "Diga:" leads the first phrase, instead of a line each.
        var method = string.Join(" · ", playbook.Steps.Select((s, i) => i == stepIndex ? $"**{texts.MethodStep(s.MethodStep)}**" : texts.MethodStep(s.MethodStep)));
        var position = texts.Fill(TextKeys.PlaybookStepOf, ("step", stepIndex + 1), ("total", playbook.Steps.Count));
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Of(playbook.Title)),
            LiveParts.Line($"{position}: {method}", subtle: true, spacing: "None"),
            AdaptiveCards.Text($"**{Sentence(texts.Of(step.Title))}** {texts.Of(step.Do)}"),
        };
        var say = step.Say.Where(p => p.Fits(register)).Take(2).ToList();
        for (var i = 0; i < say.Count; i++)
        {
            var quote = $"“{texts.Of(say[i].Text)}”";
            body.Add(i == 0 ? AdaptiveCards.Text($"**{texts[TextKeys.PlaybookSayLabel]}:** {quote}") : LiveParts.Line(quote, spacing: "Small"));
        }

        if (step.Avoid.Count > 0)
        {
            body.Add(LiveParts.Line($"{texts[TextKeys.PlaybookAvoidLabel]} {string.Join(" · ", step.Avoid.Take(2).Select(a => $"✗ {texts.Of(a)}"))}", subtle: true));
        }

        if (stepIndex == 0 && why is not null)
        {
            body.Add(LiveParts.Line($"ℹ️ {texts.Of(why.Text)}", subtle: true));
        }

        if (last)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = NoteInputId,
                ["label"] = texts[TextKeys.PlaybookNoteLabel],
                ["placeholder"] = texts[TextKeys.PlaybookNotePlaceholder],
                ["maxLength"] = 500,
            });
        }

        return LiveParts.Card(body,
        [
            // "Next" past the last step finishes the guide, so the same verb serves both buttons.
            CardActions.Execute(texts[last ? TextKeys.PlaybookFinish : TextKeys.LiveNext], CoachingVerbs.NextPlaybookStep),
            CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back),
            LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuCallSupervisor], CoachingVerbs.CallSupervisor)),
            LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuDifficultCustomer], CoachingVerbs.DifficultCustomer)),
        ]);
    }

    /// <summary>A step's name as the lead sentence of what to do: with a full stop unless it already ends one.</summary>
    private static string Sentence(string title) => title.Length > 0 && char.IsPunctuation(title[^1]) ? title : $"{title}.";
}
