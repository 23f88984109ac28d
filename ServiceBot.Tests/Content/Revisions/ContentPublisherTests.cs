using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content;
using ServiceBot.Content.Editing;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Content.Revisions;

/// <summary>The whole host on its own SQLite file: the folder seeds the database, and publishing goes through the checks.</summary>
public sealed class ContentPublisherTests : IAsyncLifetime, IDisposable
{
    private const string Ui = "texts/ui.yaml";
    private static readonly string[] NewServiceEs = ["texts", "menu.newService", "es"];
    private readonly TempContentFolder folder = new();
    private FakeChannelServer channel = null!;
    private ServiceBotApplication app = null!;

    private ContentPublisher Publisher => app.Services.GetRequiredService<ContentPublisher>();

    private IContentRevisionStore Revisions => app.Services.GetRequiredService<IContentRevisionStore>();

    private ContentStore Store => app.Services.GetRequiredService<ContentStore>();

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        app = new ServiceBotApplication(channel, appId: null).WithSetting("Content:Folder", folder.Path);
        _ = app.Services;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await channel.DisposeAsync();
    }

    public void Dispose() => folder.Dispose();

    private async Task<(long Live, ContentFileSet Files)> LiveAsync() => (await Publisher.GetLiveAsync()) ?? throw new InvalidOperationException("nothing live");

    private static ContentFileSet Edit(ContentFileSet files, string path, IReadOnlyList<string> yamlPath, string value) =>
        files.With(ContentFile.FromText(path, YamlScalarEditor.Replace(files.Find(path)!.TryGetText()!, yamlPath, value)));

    [Fact]
    public async Task Start_EmptyDatabase_SeedsTheFolderAsThePublishedFirstRevision()
    {
        var (live, files) = await LiveAsync();

        var revision = await Revisions.GetAsync(live);
        Assert.Equal(ContentOrigin.Seed, revision!.Origin);
        Assert.True(revision.IsPublished);
        Assert.Equal((await new FolderContentSource(folder.Path).ReadAsync(CancellationToken.None)).Hash, files.Hash);
        Assert.Equal(files.Hash, Store.Current.Version.Hash);
        Assert.Equal(live, app.Services.GetRequiredService<ContentRevisionFollower>().Applied);
    }

    [Fact]
    public async Task Publish_AValidDraft_IsLiveOnThisInstanceAtOnce()
    {
        var (live, files) = await LiveAsync();
        var (draft, errors) = await Publisher.SaveDraftAsync(new NewContentRevision(
            Edit(files, Ui, NewServiceEs, "Atender a alguien"), live, "ana@contoso.com", "Menu wording", ContentOrigin.Studio));
        Assert.Empty(errors);

        await Publisher.PublishAsync(draft.Id, "ana@contoso.com");

        Assert.Equal("Atender a alguien", Store.Current.Ui.Texts["menu.newService"].Es);
    }

    [Fact]
    public async Task Publish_AnInvalidDraft_IsRefusedWithFileLineErrors_AndTheDraftStaysSaved()
    {
        var (live, files) = await LiveAsync();
        var broken = files.With(ContentFile.FromText(Ui, files.Find(Ui)!.TryGetText()!.Replace("  menu.newService:\n    es:", "  menu.newService:\n    xx:", StringComparison.Ordinal)));
        var (draft, errors) = await Publisher.SaveDraftAsync(new NewContentRevision(broken, live, "ana", "broken", ContentOrigin.Studio));
        Assert.NotEmpty(errors);

        var refused = await Assert.ThrowsAsync<ContentRevisionInvalidException>(() => Publisher.PublishAsync(draft.Id, "ana"));

        Assert.Contains(refused.Errors, error => error.File == Ui && error.Line > 0);
        Assert.Matches(@"texts/ui\.yaml:\d+:\d+: ", refused.Message);
        Assert.Equal(live, await Revisions.GetLiveIdAsync());
        Assert.NotNull(await Revisions.GetAsync(draft.Id));
    }

    [Fact]
    public async Task Rollback_PublishesTheOldFilesAsANewRevision()
    {
        var (seed, files) = await LiveAsync();
        var edited = await Publisher.SaveAndPublishAsync(new NewContentRevision(
            Edit(files, Ui, NewServiceEs, "Atender a alguien"), seed, "ana", "edit", ContentOrigin.Studio));

        var rolledBack = await Publisher.RollbackAsync(seed, "luis");

        Assert.Equal(edited.Id, rolledBack.Parent);
        Assert.Equal(ContentOrigin.Rollback, rolledBack.Origin);
        Assert.Equal(files.Hash, rolledBack.Hash);
        Assert.Equal(rolledBack.Id, await Revisions.GetLiveIdAsync());
        Assert.Equal(files.Hash, Store.Current.Version.Hash);
    }

    [Fact]
    public async Task Publish_TwoDraftsFromTheSameLiveRevision_TheSecondIsRefusedAsAConflict()
    {
        var (live, files) = await LiveAsync();
        var (ana, _) = await Publisher.SaveDraftAsync(new NewContentRevision(Edit(files, Ui, NewServiceEs, "Atender a alguien"), live, "ana", "a", ContentOrigin.Studio));
        var (luis, _) = await Publisher.SaveDraftAsync(new NewContentRevision(Edit(files, Ui, NewServiceEs, "Nuevo cliente"), live, "luis", "b", ContentOrigin.Studio));
        await Publisher.PublishAsync(ana.Id, "ana");

        var conflict = await Assert.ThrowsAsync<ContentRevisionConflictException>(() => Publisher.PublishAsync(luis.Id, "luis"));

        Assert.Equal(ana.Id, conflict.Live);
        Assert.Equal("Atender a alguien", Store.Current.Ui.Texts["menu.newService"].Es);
    }
}
