using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Storage;

public sealed class RetentionPurgeServiceTests : IAsyncDisposable
{
    private readonly SqliteTestEngine folder = new();

    [Fact]
    public async Task Start_WithCommentRetention_PurgesInTheBackground()
    {
        var settings = new Dictionary<string, string?>(folder.Settings) { ["Storage:Retention:FeedbackCommentDays"] = "30" };
        await using var sut = StorageTestHost.Create(folder.DataFolder, settings);
        var feedback = sut.Services.GetRequiredService<IFeedbackStore>();
        await feedback.InsertAsync(OldFeedback());

        await sut.StartAsync();

        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        FeedbackResponse? answer;
        while ((answer = await feedback.GetBySessionAsync("old"))!.Comment is not null && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Null(answer.Comment);
        Assert.Equal(2, answer.Rating);
        await sut.StopAsync();
    }

    [Fact]
    public async Task Start_TheFirstPurge_WaitsUntilTheAppHasStarted()
    {
        var settings = new Dictionary<string, string?>(folder.Settings) { ["Storage:Retention:FeedbackCommentDays"] = "30" };
        var held = new HeldStart();
        await using var sut = StorageTestHost.Create(folder.DataFolder, settings, services => services.AddHostedService(_ => held));
        var feedback = sut.Services.GetRequiredService<IFeedbackStore>();
        await feedback.InsertAsync(OldFeedback());

        var starting = sut.StartAsync();
        await held.Reached;
        await Task.Delay(500);
        var whileStarting = (await feedback.GetBySessionAsync("old"))!.Comment;
        held.Release();
        await starting;

        Assert.NotNull(whileStarting);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while ((await feedback.GetBySessionAsync("old"))!.Comment is not null && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Null((await feedback.GetBySessionAsync("old"))!.Comment);
        await sut.StopAsync();
    }

    private static FeedbackResponse OldFeedback() => new()
    {
        ServiceSessionId = "old",
        AgentId = "29:agent",
        Rating = 2,
        Comment = "Tardaron mucho",
        Language = Language.Spanish,
        Source = FeedbackSource.Web,
        SubmittedAt = TimeProvider.System.GetUtcNow().AddDays(-31),
    };

    public ValueTask DisposeAsync() => folder.DisposeAsync();

    /// <summary>A hosted service registered after storage's whose start waits until the test lets it go.</summary>
    private sealed class HeldStart : IHostedService
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => reached.Task;

        public void Release() => released.TrySetResult();

        public Task StartAsync(CancellationToken cancellationToken)
        {
            reached.TrySetResult();
            return released.Task;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
