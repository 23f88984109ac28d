using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Tests.Proactive;

public sealed class SupervisorNotifierTests
{
    [Fact]
    public void PickOneOnOne_PersonalChatAmongOthers_PicksTheMostRecentPersonalOne()
    {
        StoredConversationReference[] newestFirst =
        [
            Reference("19:channel@thread.tacv2", "channel", isGroup: true),
            Reference("19:group@thread.v2", "groupChat", isGroup: true),
            Reference("a:personal-new", "personal"),
            Reference("a:personal-old", "personal"),
        ];

        Assert.Equal("a:personal-new", SupervisorNotifier.PickOneOnOne(newestFirst)?.Reference.Conversation?.Id);
    }

    [Fact]
    public void PickOneOnOne_NoTypeButNotAGroup_IsAcceptedAsTheFallback()
    {
        Assert.Equal("conv-1", SupervisorNotifier.PickOneOnOne([Reference("conv-1", null)])?.Reference.Conversation?.Id);
    }

    [Fact]
    public void PickOneOnOne_OnlyGroupChatsAndChannels_PicksNone()
    {
        StoredConversationReference[] candidates =
        [
            Reference("19:channel@thread.tacv2", "channel", isGroup: true),
            Reference("19:group@thread.v2", "groupChat", isGroup: true),
            Reference("19:untyped-group", null, isGroup: true),
        ];

        Assert.Null(SupervisorNotifier.PickOneOnOne(candidates));
    }

    private static StoredConversationReference Reference(string conversationId, string? type, bool? isGroup = null) => new(
        new ConversationReference
        {
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = type, IsGroup = isGroup },
            User = new ChannelAccount { Id = "29:supervisor" },
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
        },
        ServiceUrlProvenance.VerifiedChannel);
}
