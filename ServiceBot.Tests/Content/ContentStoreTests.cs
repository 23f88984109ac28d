using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Content;
using ServiceBot.Content.Loading;

namespace ServiceBot.Tests.Content;

public class ContentStoreTests
{
    private const string Farewell = "phrases/farewell.yaml";

    private static Task<ContentStore> CreateSut(TempContentFolder folder) =>
        ContentStore.CreateAsync(folder.Path, new ContentLoader(TimeProvider.System), NullLogger<ContentStore>.Instance);

    [Fact]
    public async Task Reload_AfterValidEdit_SwapsInTheNewSnapshot()
    {
        using var folder = new TempContentFolder();
        using var sut = await CreateSut(folder);
        var before = sut.Current;
        folder.Replace(Farewell, "es: Feliz noche; que descanse.", "es: Feliz noche; que descanse mucho.");

        var result = await sut.ReloadAsync();

        Assert.True(result.IsValid);
        Assert.NotSame(before, sut.Current);
        Assert.Equal("Feliz noche; que descanse mucho.", sut.Current.Phrases.Find("farewell-evening-1")!.Text.Es);
        Assert.Empty(sut.LastErrors);
    }

    [Fact]
    public async Task Reload_AfterInvalidEdit_KeepsTheLastGoodSnapshot_AndExposesTheErrors()
    {
        using var folder = new TempContentFolder();
        using var sut = await CreateSut(folder);
        var before = sut.Current;
        folder.Replace(Farewell, "es: Feliz noche; que descanse.", "es: Feliz noche: que descanse.");

        var result = await sut.ReloadAsync();

        Assert.False(result.IsValid);
        Assert.Same(before, sut.Current);
        var error = Assert.Single(sut.LastErrors);
        Assert.Equal(Farewell, error.File);
        Assert.Equal("      es: Feliz noche: que descanse.", File.ReadAllLines(Path.Combine(folder.Path, Farewell))[error.Line - 1]);
    }

    [Fact]
    public async Task Reload_WithoutChanges_KeepsTheSameSnapshot()
    {
        using var folder = new TempContentFolder();
        using var sut = await CreateSut(folder);
        var before = sut.Current;

        await sut.ReloadAsync();

        Assert.Same(before, sut.Current);
    }

    [Fact]
    public async Task Create_WithInvalidContent_ThrowsWithTheFileLineList()
    {
        using var folder = new TempContentFolder("duplicate-id");

        var exception = await Assert.ThrowsAsync<ContentLoadException>(() => CreateSut(folder));

        Assert.Contains("phrases/zz-duplicate.yaml:5:9: duplicate phrase id 'greeting-morning-1'", exception.Message, StringComparison.Ordinal);
    }
}
