using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Cards;

/// <summary>
/// The live protocol checklist of a service: each step with its tick button (answered in place), progress, the tip of
/// the next step, the customer's temperament, and the moment's shortcuts.
/// </summary>
public static class ChecklistCard
{
    private static readonly Channel[] Channels = [Channel.InPerson, Channel.Phone, Channel.Chat];

    public static JsonObject Create(CardTexts texts, ServiceSession session, Temperament temperament, Channel channel = Channel.InPerson)
    {
        var steps = texts.Content.Protocol;
        var done = session.Checklist.Select(m => m.StepId).ToHashSet(StringComparer.Ordinal);
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts[TextKeys.ProtocolTitle]),
            AdaptiveCards.Text(texts.Fill(TextKeys.ProtocolProgress, ("done", steps.Count(s => done.Contains(s.Id))), ("total", steps.Count)), subtle: true),
        };
        body.AddRange(steps.Select(step => StepRow(texts, step, done.Contains(step.Id))));
        body.Add(NextTip(texts, steps.FirstOrDefault(s => !done.Contains(s.Id))));
        body.Add(AdaptiveCards.Text(temperament == Temperament.Any
            ? texts[TextKeys.TemperamentPrompt]
            : texts.Fill(TextKeys.ProtocolCustomer, ("temperament", texts.Temperament(temperament)))));
        body.Add(CardActions.Set(TemperamentButtons(texts)));
        body.Add(AdaptiveCards.Text(texts[TextKeys.ChannelPrompt], subtle: true));
        body.Add(CardActions.Set(Channels.Select(c => CardActions.Execute(
            (c == channel ? "● " : string.Empty) + texts.Channel(c), CoachingVerbs.SetChannel, ("channel", c.ToString())))));
        return AdaptiveCards.Card(body, SessionActions(texts));
    }

    private static JsonObject StepRow(CardTexts texts, ProtocolStep step, bool done) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "stretch",
                ["items"] = new JsonArray(AdaptiveCards.Text($"{(done ? "✅" : "⬜")} {texts.Of(step.Checklist)}")),
            },
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["items"] = new JsonArray(CardActions.Set([CardActions.Execute(done ? "↺" : "✓", CoachingVerbs.TickStep, ("stepId", step.Id), ("done", done ? "false" : "true"))])),
            }),
    };

    private static JsonObject NextTip(CardTexts texts, ProtocolStep? next) => next is null
        ? AdaptiveCards.Text(texts[TextKeys.ProtocolAllDone])
        : AdaptiveCards.Text($"**{texts[TextKeys.ProtocolNextLabel]}: {texts.Of(next.Title)}** — {texts[TextKeys.ProtocolTipLabel]}: {texts.Of(next.Tip)}");

    private static IEnumerable<JsonObject> TemperamentButtons(CardTexts texts) =>
        new[] { Temperament.Jovial, Temperament.Serious, Temperament.Upset, Temperament.Hurried }
            .Select(t => CardActions.Execute(texts.Temperament(t), CoachingVerbs.SetTemperament, ("temperament", t.ToString())));

    private static IEnumerable<JsonObject> SessionActions(CardTexts texts) =>
    [
        CardActions.Submit(texts[TextKeys.MenuPhrases], CoachingVerbs.Phrases),
        CardActions.Submit(texts[TextKeys.MenuAnotherCustomer], CoachingVerbs.CustomerArrived),
        CardActions.Submit(texts[TextKeys.MenuDifficultCustomer], CoachingVerbs.DifficultCustomer),
        CardActions.Submit(texts[TextKeys.MenuReviewDraft], CoachingVerbs.ReviewDraft),
        CardActions.Submit(texts[TextKeys.MenuEndService], CoachingVerbs.EndService),
    ];
}
