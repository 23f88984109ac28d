using System.Text.Json;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Tests.BotFramework;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>ServiceBot</at> ayuda", "ayuda")]
    [InlineData("<at>ServiceBot</at>ayuda", "ayuda")]
    [InlineData("ayuda <at>ServiceBot</at>", "ayuda")]
    [InlineData("  ayuda  ", "ayuda")]
    [InlineData("<at>ServiceBot</at> avisa a <at>Luis Gómez</at> ya", "avisa a Luis Gómez ya")]
    public void RemoveRecipientMention_StripsTheBotsMentionAndTags(string text, string expected)
    {
        Assert.Equal(expected, MentionText.RemoveRecipientMention(WithMention(text)));
    }

    [Fact]
    public void RemoveRecipientMention_WithoutText_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, MentionText.RemoveRecipientMention(new Activity { Type = "message" }));
    }

    private static Activity WithMention(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Entities =
        [
            new Entity
            {
                Type = EntityTypes.Mention,
                Properties = new Dictionary<string, JsonElement>
                {
                    ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "28:bot", name = "ServiceBot" }),
                    ["text"] = JsonSerializer.SerializeToElement("<at>ServiceBot</at>"),
                },
            },
        ],
    };
}
