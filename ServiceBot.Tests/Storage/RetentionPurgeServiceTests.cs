using Microsoft.Extensions.DependencyInjection;
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
        await feedback.InsertAsync(new FeedbackResponse
        {
            ServiceSessionId = "old",
            AgentId = "29:agent",
            Rating = 2,
            Comment = "Tardaron mucho",
            Language = Language.Spanish,
            Source = FeedbackSource.Web,
            SubmittedAt = TimeProvider.System.GetUtcNow().AddDays(-31),
        });

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

    public ValueTask DisposeAsync() => folder.DisposeAsync();
}
