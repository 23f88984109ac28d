using System.Net;
using ServiceBot.BotFramework.Connector;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

/// <summary>The endpoint records who talks to the bot, through <c>ConversationReferenceRecorder</c>.</summary>
public sealed class ReferenceCaptureEndToEndTests : ProactiveHostTestBase
{
    [Fact]
    public async Task Post_Message_StoresTheSendersReferenceFindableByAadObjectId()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));

        var references = Service<IConversationReferenceStore>();
        var saved = await references.GetAsync(TestActivities.ConversationId, TestActivities.UserId);
        Assert.NotNull(saved);
        Assert.Equal(ServiceUrlProvenance.VerifiedChannel, saved.Provenance);
        var stored = saved.Reference;
        Assert.Equal(Channel.ServiceUrl(), stored.ServiceUrl);
        Assert.Equal(TestActivities.BotId, stored.Bot?.Id);
        Assert.Equal("personal", stored.Conversation?.ConversationType);
        Assert.Equal(TestActivities.ConversationId, Assert.Single(await references.FindByAadObjectIdAsync(AgentAadObjectId)).Reference.Conversation?.Id);
    }

    [Fact]
    public async Task Post_WithAnInvalidToken_StoresNothing()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Service<IConversationReferenceStore>().FindByUserAsync(TestActivities.UserId));
    }
}
