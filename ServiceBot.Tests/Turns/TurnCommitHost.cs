using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Turns;

/// <summary>What the turn-commit tests read back from a running host: the agent's session and its pending reminders.</summary>
internal static class TurnCommitHost
{
    /// <summary>The waiting-reminder thresholds of the content the host runs (minutes).</summary>
    public static int Thresholds(ServiceBotApplication app) =>
        app.Services.GetRequiredService<ContentStore>().Current.Settings.WaitingReminderMinutes.Count;

    /// <summary>The active session of the test conversation, as committed.</summary>
    public static async Task<ServiceSession> ActiveSessionAsync(ServiceBotApplication app)
    {
        var item = await app.Services.GetRequiredService<IStateStore>().ReadAsync(StateKeys.Conversation("msteams", TestActivities.ConversationId));
        Assert.NotNull(item);
        var state = JsonSerializer.Deserialize<CoachingState>(item.Json, ProtocolJson.Options)!;
        Assert.NotNull(state.ActiveSessionId);
        var session = await app.Services.GetRequiredService<IServiceSessionStore>().GetAsync(state.ActiveSessionId);
        Assert.NotNull(session);
        return session;
    }

    /// <summary>The reminders still to send for a session's waiting customers.</summary>
    public static Task<IReadOnlyList<ScheduledMessage>> PendingRemindersAsync(ServiceBotApplication app, string sessionId) =>
        app.Services.GetRequiredService<IScheduledMessageStore>().ListPendingAsync(WaitingReminderIds.Prefix(sessionId, null));
}
