using System.Reflection;

namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// Where the repository's own bots are after a build of this tool (it builds them, in its own configuration):
/// ServiceBot/bin/{Configuration}/{TargetFramework}/ServiceBot.dll and the floor bot beside it.
/// </summary>
internal static class DefaultBots
{
    public static string ServiceBot => Locate("ServiceBot", "ServiceBot.dll");

    public static string FloorBot => Locate("ServiceBot.LoadTest.FloorBot", "ServiceBot.LoadTest.FloorBot.dll");

    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceBot.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string Locate(string project, string dll)
    {
        var root = RepositoryRoot() ?? throw new InvalidOperationException(
            $"No ServiceBot.sln above {AppContext.BaseDirectory}: pass the bot's dll explicitly.");
        return Path.Combine(root, project, "bin", Metadata("BuildConfiguration"), Metadata("TargetFramework"), dll);
    }

    private static string Metadata(string key) =>
        typeof(DefaultBots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The tool was built without its {key} metadata.");
}
