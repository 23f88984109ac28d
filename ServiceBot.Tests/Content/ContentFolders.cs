namespace ServiceBot.Tests.Content;

/// <summary>Where the repository's real dialogs/ folder and the broken fixtures are.</summary>
public static class ContentFolders
{
    public static string Repository { get; } = FindRepository();

    public static string RealDialogs { get; } = Path.Combine(Repository, "dialogs");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Content", "Fixtures", name);

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ServiceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
