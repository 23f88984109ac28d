using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Content;
using ServiceBot.Content.Loading;
using ServiceBot.Localization;

namespace ServiceBot.Tests.Content;

public class ContentTextCatalogTests
{
    [Fact]
    public async Task Get_ReturnsTheLiveText_InEachLanguage_AndFollowsAReload()
    {
        using var folder = new TempContentFolder();
        using var store = await ContentStore.CreateAsync(folder.Path, new ContentLoader(TimeProvider.System), NullLogger<ContentStore>.Instance);
        var sut = new ContentTextCatalog(store);

        Assert.Equal("Nueva atención", sut.Get(TextKeys.MenuNewService, Language.Spanish));
        Assert.Equal("New service", sut.Get(TextKeys.MenuNewService, Language.English));

        folder.Replace("texts/ui.yaml", "es: Nueva atención\n", "es: Atender cliente\n");
        await store.ReloadAsync();

        Assert.Equal("Atender cliente", sut.Get(TextKeys.MenuNewService, Language.Spanish));
    }

    [Fact]
    public async Task Get_UnknownKey_ReturnsTheKey()
    {
        using var folder = new TempContentFolder();
        using var store = await ContentStore.CreateAsync(folder.Path, new ContentLoader(TimeProvider.System), NullLogger<ContentStore>.Instance);

        Assert.Equal("no.such.key", new ContentTextCatalog(store).Get("no.such.key", Language.English));
    }
}
