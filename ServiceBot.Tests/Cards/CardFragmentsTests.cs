using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Cards;

/// <summary>
/// Static card parts serialised once (<see cref="CardFragments"/>) and spliced: the cards' JSON stays what the whole
/// tree writes, each content snapshot and language keeps its own parts, and a card copied to be changed keeps its parts.
/// </summary>
public sealed class CardFragmentsTests
{
    [Fact]
    public void EveryCard_WritesTheSameJsonAsItsWholeTree()
    {
        foreach (var (name, card) in AdaptiveCardConformanceTests.AllCards())
        {
            var written = JsonSerializer.Serialize(card, ProtocolJson.Options);
            var tree = JsonNode.Parse(written)!;

            Assert.True(written == tree.ToJsonString(ProtocolJson.Options), $"{name} is not written as its tree would be");
            Assert.True(card.ToJsonString() == tree.ToJsonString(), $"{name} is not written as its tree would be with other options");
        }
    }

    [Fact]
    public void TheLiveCard_BuiltAgain_IsTheSameAndSharesNoNode()
    {
        var texts = new CardTexts(RealContent.Current, Language.Spanish);
        var view = View(RealContent.Current, ServiceStage.Service, Temperament.Upset);

        var first = ServiceCard.Create(texts, view);
        var second = ServiceCard.Create(texts, view);

        Assert.Equal(first.ToJsonString(ProtocolJson.Options), second.ToJsonString(ProtocolJson.Options));
        Assert.Contains("session.temperament", first.ToJsonString(ProtocolJson.Options), StringComparison.Ordinal);
        Assert.NotSame(first["body"]![1], second["body"]![1]);
    }

    [Fact]
    public void TheLiveCard_ShowsTheChosenMoodAndStage_InEachVariant()
    {
        var texts = new CardTexts(RealContent.Current, Language.Spanish);

        var upset = Parsed(ServiceCard.Create(texts, View(RealContent.Current, ServiceStage.Arrival, Temperament.Upset)));
        var hurried = Parsed(ServiceCard.Create(texts, View(RealContent.Current, ServiceStage.Close, Temperament.Hurried)));

        Assert.Equal([$"1 {texts.Stage(ServiceStage.Arrival)}", texts.Temperament(Temperament.Upset), texts.Channel(Channel.InPerson)], Selected(upset));
        Assert.Equal([$"3 {texts.Stage(ServiceStage.Close)}", texts.Temperament(Temperament.Hurried), texts.Channel(Channel.InPerson)], Selected(hurried));
    }

    [Fact]
    public void ANewSnapshot_KeepsItsOwnParts()
    {
        var content = RealContent.Current;
        var renamed = WithUiText(content, TextKeys.TemperamentUpset, new LocalizedText("Muy molesto", "Very upset"));

        var before = ServiceCard.Create(new CardTexts(content, Language.Spanish), View(content, ServiceStage.Service, Temperament.Upset)).ToJsonString(ProtocolJson.Options);
        var after = ServiceCard.Create(new CardTexts(renamed, Language.Spanish), View(renamed, ServiceStage.Service, Temperament.Upset)).ToJsonString(ProtocolJson.Options);
        var english = ServiceCard.Create(new CardTexts(renamed, Language.English), View(renamed, ServiceStage.Service, Temperament.Upset)).ToJsonString(ProtocolJson.Options);

        Assert.DoesNotContain("Muy molesto", before, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Muy molesto\"", after, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Very upset\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Muy molesto", english, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTipOfTheDay_LeavesTheOriginalAndKeepsItsButtons()
    {
        var content = RealContent.Current;
        var texts = new CardTexts(content, Language.Spanish);
        var menu = MenuCard.Create(texts);
        var original = menu.ToJsonString(ProtocolJson.Options);
        var tip = content.Foundations.First(f => f.DailyTip);

        var withTip = TipOfTheDayPart.AddTo(menu, texts, tip);

        Assert.Equal(original, menu.ToJsonString(ProtocolJson.Options));
        var copy = withTip.ToJsonString(ProtocolJson.Options);
        Assert.Contains(texts.Of(tip.Title), copy, StringComparison.Ordinal);
        Assert.Equal(menu["body"]!.AsArray().Count + 1, withTip["body"]!.AsArray().Count);
        Assert.Equal(menu["actions"]!.ToJsonString(ProtocolJson.Options), withTip["actions"]!.ToJsonString(ProtocolJson.Options));
    }

    private static ServiceView View(ContentSnapshot content, ServiceStage stage, Temperament mood) =>
        new(3, stage, LiveView.StageSteps(content, stage), mood, Register.Usted, Channel.InPerson, [.. content.Phrases.ByMoment(Moment.Greeting).Take(1)], [], null, null);

    private static JsonNode Parsed(JsonObject card) => JsonNode.Parse(card.ToJsonString(ProtocolJson.Options))!;

    /// <summary>The labels of the chips shown as chosen (bold), in card order.</summary>
    private static IEnumerable<string> Selected(JsonNode node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "TextBlock" && (string?)obj["weight"] == "Bolder" && (string?)obj["color"] == "Accent" => [(string)obj["text"]!],
        JsonObject obj => obj.SelectMany(property => property.Value is null ? [] : Selected(property.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : Selected(item)),
        _ => [],
    };

    private static ContentSnapshot WithUiText(ContentSnapshot content, string key, LocalizedText text)
    {
        var texts = content.Ui.Texts.ToDictionary(pair => pair.Key, pair => pair.Value);
        texts[key] = text;
        return new ContentSnapshot(
            content.Version,
            content.Protocol,
            content.Foundations,
            content.Phrases.All,
            content.Playbooks,
            content.DraftReview,
            content.Survey,
            content.Ui with { Texts = texts },
            content.Settings,
            content.Understanding);
    }
}
