using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework;

public sealed class TurnLoggingTests : BotHostTestBase
{
    private const string PrivateText = "el número de tarjeta del cliente es 4111";

    [Fact]
    public async Task FailedTurn_IsLoggedAsErrorWithTheConversationId()
    {
        // Conversation state that no longer reads as the dialog's state makes the turn fail (a refused reply no longer
        // does: it stays in the outbox).
        await App.Services.GetRequiredService<IStateStore>().WriteAsync(
            StateKeys.Conversation("msteams", TestActivities.ConversationId), "[1]", ETags.Any);

        await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        var failure = Assert.Single(App.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Turn failed", StringComparison.Ordinal));
        Assert.Equal(TestActivities.ConversationId, failure.Scope["ConversationId"]);
        Assert.NotNull(failure.Exception);
    }

    [Fact]
    public async Task MessageTextAndTokens_NeverAppearAboveDebug()
    {
        var token = ValidToken();

        await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), PrivateText), token);
        await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), PrivateText), "forged." + token);

        var entries = App.Logs.Entries;
        Assert.Contains(entries, e => e.Level == LogLevel.Debug && e.Message.Contains(PrivateText, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Level > LogLevel.Debug && e.Message.Contains(PrivateText, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains("test-secret", StringComparison.Ordinal));
    }
}
