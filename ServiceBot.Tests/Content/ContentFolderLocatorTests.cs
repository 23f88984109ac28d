using ServiceBot.Content;

namespace ServiceBot.Tests.Content;

public class ContentFolderLocatorTests
{
    [Fact]
    public void Resolve_Configured_IsRelativeToTheStartFolder() =>
        Assert.Equal(Path.GetFullPath("/srv/bot/content"), ContentFolderLocator.Resolve("content", "/srv/bot"));

    [Fact]
    public void Resolve_NotConfigured_FindsTheRepositoryDialogsFromAProjectFolder() =>
        Assert.Equal(ContentFolders.RealDialogs, ContentFolderLocator.Resolve(null, Path.Combine(ContentFolders.Repository, "ServiceBot")));

    [Fact]
    public void Resolve_NothingFoundAbove_FallsBackToTheCopyNextToTheApp()
    {
        var empty = Directory.CreateTempSubdirectory("servicebot-no-content-");
        try
        {
            Assert.Equal(Path.Combine(AppContext.BaseDirectory, "dialogs"), ContentFolderLocator.Resolve(null, empty.FullName));
        }
        finally
        {
            empty.Delete();
        }
    }
}
