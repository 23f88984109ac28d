using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceBot.Content;
using ServiceBot.Localization;

namespace ServiceBot.Tests.Content;

public class ContentHostingExtensionsTests
{
    private static WebApplication CreateApp(string folder)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Content:Folder"] = folder;
        builder.Configuration["Content:Watch"] = "false";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddContent();
        return builder.Build();
    }

    [Fact]
    public async Task AddContent_WithValidContent_StartsAndServesTextsFromIt()
    {
        using var folder = new TempContentFolder();
        await using var app = CreateApp(folder.Path);

        await app.StartAsync();

        Assert.Equal("Ayuda", app.Services.GetRequiredService<ITextCatalog>().Get(TextKeys.MenuHelp, Language.Spanish));
        Assert.Equal(folder.Path, app.Services.GetRequiredService<ContentFolder>().Path);
        await app.StopAsync();
    }

    [Fact]
    public async Task AddContent_WithInvalidContent_StopsTheStartWithTheFileLineList()
    {
        using var folder = new TempContentFolder("missing-language");
        await using var app = CreateApp(folder.Path);

        var exception = await Assert.ThrowsAsync<ContentLoadException>(() => app.StartAsync());

        Assert.Contains("phrases/zz-language.yaml:8:7: text has no English (en) version", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginContentStore_BeforeTheStart_TheStartServesTheStoreItCreated()
    {
        using var folder = new TempContentFolder();
        await using var app = CreateApp(folder.Path);

        app.Services.BeginContentStore();
        var begun = app.Services.GetRequiredService<ContentStoreCreation>();
        await app.StartAsync();

        Assert.Same(begun.Wait(), app.Services.GetRequiredService<ContentStore>());
        Assert.Equal("Ayuda", app.Services.GetRequiredService<ITextCatalog>().Get(TextKeys.MenuHelp, Language.Spanish));
        await app.StopAsync();
    }

    [Fact]
    public async Task BeginContentStore_WithInvalidContent_TheStartStopsWithTheFileLineList()
    {
        using var folder = new TempContentFolder("missing-language");
        await using var app = CreateApp(folder.Path);

        app.Services.BeginContentStore();
        var exception = await Assert.ThrowsAsync<ContentLoadException>(() => app.StartAsync());

        Assert.Contains("phrases/zz-language.yaml:8:7: text has no English (en) version", exception.Message, StringComparison.Ordinal);
    }
}
