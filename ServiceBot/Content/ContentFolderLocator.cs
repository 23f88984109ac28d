using ServiceBot.Content.Loading;

namespace ServiceBot.Content;

/// <summary>Resolves the content folder from configuration, or finds the default one.</summary>
public static class ContentFolderLocator
{
    public const string DefaultFolderName = "dialogs";

    public static string Resolve(string? configured, string startFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, startFolder);
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(startFolder)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultFolderName);
            if (Directory.Exists(Path.Combine(candidate, ContentKinds.SchemaFolder)))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, DefaultFolderName);
    }
}
