using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

public sealed class StateKeysTests
{
    [Fact]
    public void Conversation_TeamsIds_FollowsTheSdkLayout() =>
        Assert.Equal("msteams/conversations/a:1Xq9@thread.tacv2", StateKeys.Conversation("msteams", "a:1Xq9@thread.tacv2"));

    [Fact]
    public void User_TeamsIds_FollowsTheSdkLayout() =>
        Assert.Equal("msteams/users/29:1abc", StateKeys.User("msteams", "29:1abc"));

    [Fact]
    public void Conversation_MissingPart_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => StateKeys.Conversation("", "a:1"));
        Assert.Throws<ArgumentException>(() => StateKeys.User("msteams", " "));
    }
}
