using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Tests.Cards;

namespace ServiceBot.Tests.BotFramework.Schema;

/// <summary>
/// A card is written once (its UTF-8 goes into the activity as it is): the wire must stay byte for byte what writing
/// the card as a parsed element gave, and reading the content must still give the card.
/// </summary>
public sealed class CardAttachmentWireTests
{
    private static byte[] ThroughAnElement(JsonObject card, Func<Attachment, Activity> activityOf) =>
        JsonSerializer.SerializeToUtf8Bytes(activityOf(Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card, ProtocolJson.Options))), ProtocolJson.Options);

    private static byte[] WrittenOnce(JsonObject card, Func<Attachment, Activity> activityOf) =>
        JsonSerializer.SerializeToUtf8Bytes(activityOf(AdaptiveCards.ToAttachment(card)), ProtocolJson.Options);

    [Fact]
    public void EveryCard_WrittenOnce_IsByteForByteTheActivityAnElementGave()
    {
        static Activity Reply(Attachment card) => new()
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = "a:1" },
            ReplyToId = "1509238265811",
            Locale = "es-MX",
            Summary = "¿Cómo está usted? \"ñ\" <b> & 😀",
            Attachments = [card, card],
        };

        var cards = AdaptiveCardConformanceTests.AllCards().ToList();
        Assert.NotEmpty(cards);
        foreach (var (name, card) in cards)
        {
            var expected = ThroughAnElement(card, Reply);
            var actual = WrittenOnce(card, Reply);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{name}: {Encoding.UTF8.GetString(actual)}");
        }
    }

    [Fact]
    public void AWrittenCard_ReadsBackAsTheCard_AndReplacingTheContentWritesTheReplacement()
    {
        var card = AdaptiveCards.Card([AdaptiveCards.Text("Atención en menos de 3 minutos: \"¡ya!\" <ok> & 100%")]);
        var attachment = AdaptiveCards.ToAttachment(card);

        Assert.True(attachment.IsAdaptiveCard);
        Assert.True(JsonNode.DeepEquals(card, JsonNode.Parse(attachment.Content!.Value.GetRawText())));

        var replaced = attachment with { Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" }) };
        var written = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(Activity.CreateMessage(attachments: [replaced]), ProtocolJson.Options))!;
        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5"}""", written["attachments"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public void AWrittenCard_InAnIndentedOrOtherwiseEscapedWriter_IsWrittenTheWayThatWriterWrites()
    {
        var card = AdaptiveCards.Card([AdaptiveCards.Text("¿Cómo está usted? <b>")]);
        var activity = AdaptiveCards.ToActivity(card);
        var element = Activity.CreateMessage(attachments: [Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card, ProtocolJson.Options))]);

        foreach (var options in new[]
        {
            new JsonSerializerOptions(ProtocolJson.Options) { WriteIndented = true },
            new JsonSerializerOptions(ProtocolJson.Options) { Encoder = JavaScriptEncoder.Default },
        })
        {
            Assert.Equal(JsonSerializer.Serialize(element, options), JsonSerializer.Serialize(activity, options));
        }
    }

    [Fact]
    public void ATeamsActivityWithACard_RoundTripsByteForByte()
    {
        // What Teams posts when a user sends a card to the bot (compact, as the channel sends it), read and written back.
        const string posted = """{"type":"message","id":"1509238265811","timestamp":"2017-10-29T00:51:05.9908157+00:00","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams","from":{"id":"29:1XJK","name":"Megan Bowen","aadObjectId":"7faf080f-0000-0000-0000-000000000000"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"72f988bf-0000"},"recipient":{"id":"28:c9e8","name":"ServiceBot"},"textFormat":"plain","locale":"es-MX","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"¿Qué tal? \u003Cb\u003E 1.50","wrap":true,"size":1.5e0}]},"someAttachmentField":[1,2]}],"channelData":{"tenant":{"id":"72f988bf-0000"}},"futureField":{"nested":true}}""";

        var activity = JsonSerializer.Deserialize<Activity>(posted, ProtocolJson.Options)!;
        var written = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        // Written back as posted: nothing computed (such as IsAdaptiveCard) is added to the wire.
        var expected = JsonSerializer.Serialize(JsonNode.Parse(posted), ProtocolJson.Options);
        Assert.Equal(expected, written);
        Assert.Equal("AdaptiveCard", activity.Attachments![0].Content!.Value.GetProperty("type").GetString());
    }
}
