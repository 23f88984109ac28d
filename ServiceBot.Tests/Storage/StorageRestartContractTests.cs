using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The whole storage registration on both engines: the bot restarts in the middle of a flow and continues.</summary>
public abstract class StorageRestartContractTests : StorageContractTests
{
    private static readonly string ConversationKey = StateKeys.Conversation("msteams", "a:agent-chat");

    private protected StorageRestartContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Restart_InTheMiddleOfAFlow_ContinuesWhereItLeftOff()
    {
        var contentRoot = Path.GetTempPath();
        string sessionId;
        await using (var before = StorageTestHost.Create(contentRoot, Engine.Settings))
        {
            await before.StartAsync();
            await Turn(before, "nueva-atencion");
            await Turn(before, "saludo");
            var sessions = before.Services.GetRequiredService<IServiceSessionStore>();
            var started = await sessions.CreateAsync(new ServiceSession
            {
                Id = Guid.NewGuid().ToString("N"),
                AgentId = "29:agent",
                StartedAt = TimeProvider.System.GetUtcNow(),
            });
            sessionId = started.Id;
            await before.StopAsync();
        }

        await using var after = StorageTestHost.Create(contentRoot, Engine.Settings);
        await after.StartAsync();
        var flow = await Turn(after, "cierre");
        var session = await after.Services.GetRequiredService<IServiceSessionStore>().GetAsync(sessionId);
        var ended = await after.Services.GetRequiredService<IServiceSessionStore>().UpdateAsync(session! with { EndedAt = session.StartedAt.AddMinutes(7) });
        var answer = await after.Services.GetRequiredService<IFeedbackStore>().InsertAsync(new FeedbackResponse
        {
            ServiceSessionId = ended.Id,
            AgentId = ended.AgentId,
            Rating = 4,
            Language = Language.Spanish,
            Source = FeedbackSource.Teams,
            SubmittedAt = ended.EndedAt!.Value,
        });
        await after.StopAsync();

        Assert.Equal(["nueva-atencion", "saludo", "cierre"], flow.Steps);
        Assert.Equal(FeedbackInsertResult.Recorded, answer);
    }

    private static Task<Flow> Turn(IServiceProvider app, string step) =>
        StateTransaction.RunAsync<Flow>(
            app.GetRequiredService<IStateStore>(),
            ConversationKey,
            flow => flow is null ? new Flow([step]) : flow with { Steps = [.. flow.Steps, step] });

    private static Task<Flow> Turn(Microsoft.AspNetCore.Builder.WebApplication app, string step) => Turn(app.Services, step);

    public sealed record Flow(IReadOnlyList<string> Steps);
}
