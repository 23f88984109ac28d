using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The live card's home: the service at a glance on one phone screen. The protocol's moment (arrival → service →
/// close) with its points and tip, the tip for the customer's mood, phrases for both, the mood row (the chosen one
/// shown), who is waiting and for how long, "Siguiente" and "Llegó otro" as buttons, everything else in the "…" menu.
/// </summary>
public static class ServiceCard
{
    private static readonly Temperament[] Moods = [Temperament.Jovial, Temperament.Serious, Temperament.Upset, Temperament.Hurried];

    public static JsonObject Create(CardTexts texts, ServiceView view)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(texts.Fill(TextKeys.LiveTitle, ("elapsed", Elapsed(texts, view.Minutes)))),
            CardFragments.Node(texts, "live.stages", (int)view.Stage, null, static (texts, selected, _) => StageChips(texts, (ServiceStage)selected)),
            LiveParts.Line(string.Join(" · ", view.StageSteps.Select(s => texts.Of(s.Checklist))), subtle: true),
            // The tip, with "¿Por qué?" behind it: tapping it shows what the moment is for.
            new JsonObject
            {
                ["type"] = "Container",
                ["selectAction"] = CardFragments.Node(texts, "live.why", 0, null, static (texts, _, _) => LiveParts.Tap(CardActions.Execute(texts[TextKeys.LiveWhy], CoachingVerbs.Why))),
                ["items"] = new JsonArray(LiveParts.Line($"💡 {Tip(texts, view)} _{texts[TextKeys.LiveWhy]}_")),
            },
        };
        if (view.ShiftCheck is { Count: > 0 } check)
        {
            body.Insert(1, ShiftCheckPart.Create(texts, check));
        }

        // With the shift's self-check on top, one phrase instead of two keeps the card on one phone screen.
        body.AddRange(view.Phrases.Take(view.ShiftCheck is { Count: > 0 } ? 1 : int.MaxValue).Select(p => LiveParts.Quote(texts.Of(p.Text))));
        body.Add(CardFragments.Node(texts, "live.moods", (int)view.Mood, null, static (texts, selected, _) => MoodChips(texts, (Temperament)selected)));
        body.Add(CardFragments.Node(
            texts,
            "live.channels",
            ((int)view.Channel * 16) + (int)view.Register,
            null,
            static (texts, selected, _) => LiveParts.Chips(ChannelAndRegisterChips(texts, (Channel)(selected / 16), (Register)(selected % 16)))));
        foreach (var line in view.Waiting.Take(2))
        {
            body.Add(WaitingRow(texts, line));
        }

        if (view.Note is { } note)
        {
            body.Add(LiveParts.Line(note, subtle: true));
        }

        var buttons = CardFragments.Get(
            texts,
            "live.buttons",
            view.Stage == ServiceStage.Close ? 1 : 0,
            view.SuggestedPlaybook?.Id,
            static (texts, close, playbook) => LiveParts.Buttons(Actions(texts, close == 1, playbook)));
        return LiveParts.Card(body, buttons);
    }

    private static JsonObject StageChips(CardTexts texts, ServiceStage selected) =>
        LiveParts.Chips(Enum.GetValues<ServiceStage>().Select(stage => (
            $"{(int)stage + 1} {texts.Stage(stage)}",
            stage == selected,
            CardActions.Execute(texts.Stage(stage), CoachingVerbs.SetStage, ("stage", stage.ToString())))));

    private static JsonObject MoodChips(CardTexts texts, Temperament selected) =>
        LiveParts.Chips(Moods.Select(mood => (
            texts.Temperament(mood),
            mood == selected,
            CardActions.Execute(texts.Temperament(mood), CoachingVerbs.SetTemperament, ("temperament", mood.ToString())))));

    private static readonly Channel[] Channels = [Channel.InPerson, Channel.Phone, Channel.Chat];

    /// <summary>In person, phone, chat; and in Spanish the customer's register, tapped to switch (usted by default).</summary>
    private static IEnumerable<(string, bool, JsonObject)> ChannelAndRegisterChips(CardTexts texts, Channel selected, Register register)
    {
        foreach (var channel in Channels)
        {
            yield return (texts.Channel(channel), channel == selected, CardActions.Execute(texts.Channel(channel), CoachingVerbs.SetChannel, ("channel", channel.ToString())));
        }

        if (texts.Language == Language.Spanish)
        {
            var other = register == Register.Tu ? Register.Usted : Register.Tu;
            var label = $"{texts[register == Register.Tu ? TextKeys.LiveRegisterTu : TextKeys.LiveRegisterUsted]} ⇄";
            yield return (label, false, CardActions.Execute(texts[other == Register.Tu ? TextKeys.PhrasesRegisterTu : TextKeys.PhrasesRegisterUsted], CoachingVerbs.SetRegister, ("register", other.ToString())));
        }
    }

    public static string Elapsed(CardTexts texts, int minutes) =>
        minutes < 1 ? texts[TextKeys.LiveJustStarted] : texts.Fill(TextKeys.LiveElapsed, ("minutes", minutes));

    /// <summary>The mood's own advice when one is chosen (the seed's words), else the moment's first tip.</summary>
    private static string Tip(CardTexts texts, ServiceView view)
    {
        var stageTip = view.StageSteps.Count > 0 ? texts.Of(view.StageSteps[0].Tip) : string.Empty;
        return view.Mood == Temperament.Any ? stageTip : texts[MoodTipKey(view.Mood)];
    }

    public static string MoodTipKey(Temperament mood) => mood switch
    {
        Temperament.Jovial => TextKeys.MoodTipJovial,
        Temperament.Serious => TextKeys.MoodTipSerious,
        Temperament.Upset => TextKeys.MoodTipUpset,
        _ => TextKeys.MoodTipHurried,
    };

    private static JsonObject WaitingRow(CardTexts texts, WaitingLine line) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "stretch",
                ["verticalContentAlignment"] = "Center",
                ["items"] = new JsonArray(LiveParts.Line(line.Minutes < 1
                    ? texts[TextKeys.LiveWaitingNow]
                    : texts.Fill(TextKeys.LiveWaiting, ("minutes", line.Minutes)))),
            },
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["items"] = new JsonArray(CardActions.Set([CardActions.Execute(texts[TextKeys.LiveServeWaiting], CoachingVerbs.CustomerServed, ("customer", line.Index.ToString(CultureInfo.InvariantCulture)))])),
            }),
    };

    private static IEnumerable<JsonNode> Actions(CardTexts texts, bool close, string? playbook)
    {
        // Upset or shouting: the guide is one tap away, in the place of "Siguiente".
        if (playbook is not null)
        {
            yield return CardActions.Execute(texts[TextKeys.LiveOpenGuide], CoachingVerbs.StartPlaybook, ("playbook", playbook));
        }
        else
        {
            yield return close
                ? CardActions.Execute(texts[TextKeys.LiveEnd], CoachingVerbs.EndService)
                : CardActions.Execute(texts[TextKeys.LiveNext], CoachingVerbs.NextStage);
        }

        yield return CardActions.Execute(texts[TextKeys.LiveAnother], CoachingVerbs.CustomerArrived);
        yield return LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuPhrases], CoachingVerbs.Phrases));
        yield return LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuDifficultCustomer], CoachingVerbs.DifficultCustomer));
        yield return LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuCallSupervisor], CoachingVerbs.CallSupervisor));
        yield return LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuReviewDraft], CoachingVerbs.ReviewDraft));
        if (!close || playbook is not null)
        {
            yield return LiveParts.Secondary(CardActions.Execute(texts[TextKeys.MenuEndService], CoachingVerbs.EndService));
        }
    }
}
