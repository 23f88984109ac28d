using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;

namespace ServiceBot.Tests.Proactive;

public sealed class SupervisorNotifierTests
{
    [Fact]
    public void PickOneOnOne_PersonalChatAmongOthers_PicksTheMostRecentPersonalOne()
    {
        ConversationReference[] newestFirst =
        [
            Reference("19:channel@thread.tacv2", "channel", isGroup: true),
            Reference("19:group@thread.v2", "groupChat", isGroup: true),
            Reference("a:personal-new", "personal"),
            Reference("a:personal-old", "personal"),
        ];

        Assert.Equal("a:personal-new", SupervisorNotifier.PickOneOnOne(newestFirst)?.Conversation?.Id);
    }

    [Fact]
    public void PickOneOnOne_NoTypeButNotAGroup_IsAcceptedAsTheFallback()
    {
        Assert.Equal("conv-1", SupervisorNotifier.PickOneOnOne([Reference("conv-1", null)])?.Conversation?.Id);
    }

    [Fact]
    public void PickOneOnOne_OnlyGroupChatsAndChannels_PicksNone()
    {
        ConversationReference[] candidates =
        [
            Reference("19:channel@thread.tacv2", "channel", isGroup: true),
            Reference("19:group@thread.v2", "groupChat", isGroup: true),
            Reference("19:untyped-group", null, isGroup: true),
        ];

        Assert.Null(SupervisorNotifier.PickOneOnOne(candidates));
    }

    private static ConversationReference Reference(string conversationId, string? type, bool? isGroup = null) => new()
    {
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = type, IsGroup = isGroup },
        User = new ChannelAccount { Id = "29:supervisor" },
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
    };
}
