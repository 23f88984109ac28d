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
        var method = string.Join(" · ", playbook.Steps.Select((s, i) => i == stepIndex ? $"**{texts.MethodStep(s.MethodStep)}**" : texts.MethodStep(s.MethodStep)));
        var body = new List<JsonNode>
        {
            LiveParts.Title(texts.Of(playbook.Title), texts.Fill(TextKeys.PlaybookStepOf, ("step", stepIndex + 1), ("total", playbook.Steps.Count))),
            LiveParts.Line(method, subtle: true, spacing: "Small"),
            LiveParts.Line(texts.Of(step.Title), bold: true),
            AdaptiveCards.Text(texts.Of(step.Do)),
        };
        var say = step.Say.Where(p => p.Fits(register)).Take(2).ToList();
        if (say.Count > 0)
        {
            body.Add(LiveParts.Line(texts[TextKeys.PlaybookSayLabel], bold: true));
            body.AddRange(say.Select(p => LiveParts.Quote(texts.Of(p.Text))));
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
}
