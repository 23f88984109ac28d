using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

/// <summary>The repository's Teams app files, found by walking up from the test binaries, and sample values.</summary>
public static class TeamsAppTestFiles
{
    public static readonly ManifestValues SampleValues = new(
        Guid.Parse("4f1a2b3c-1111-4222-8333-944455556666"),
        Guid.Parse("7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd"),
        "servicebot.contoso.com");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ManifestFolderPath => Path.Combine(RepositoryRoot, ManifestFolder.FolderName);

    public static string SchemaFolderPath => Path.Combine(ManifestFolderPath, ManifestFolder.SchemaFolderName);

    public static string ReadManifestFile(string fileName) => File.ReadAllText(Path.Combine(ManifestFolderPath, fileName));

    public static string FilledManifestFile(string fileName) => ManifestPlaceholders.Fill(ReadManifestFile(fileName), SampleValues);

    /// <summary>A copy of the manifest folder in a temporary folder, for tests that change files.</summary>
    public static TemporaryFolder CopyManifestFolder()
    {
        var folder = new TemporaryFolder();
        var target = Path.Combine(folder.Path, ManifestFolder.FolderName);
        foreach (var file in Directory.EnumerateFiles(ManifestFolderPath, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ManifestFolderPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return folder;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ServiceBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ServiceBot.sln above {AppContext.BaseDirectory}");
    }
}
