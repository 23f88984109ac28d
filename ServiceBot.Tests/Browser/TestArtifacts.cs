using System.Runtime.CompilerServices;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Where tests leave files for people to look at (screenshots, rendered-card reports): <c>SERVICEBOT_TEST_ARTIFACTS</c>,
/// else ServiceBot.Tests/TestResults/artifacts/, one folder per test, emptied when the test starts.
/// </summary>
public static class TestArtifacts
{
    public const string FolderVariable = "SERVICEBOT_TEST_ARTIFACTS";

    public static string Root =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(TeamsAppTestFiles.RepositoryRoot, "ServiceBot.Tests", "TestResults", "artifacts");

    /// <summary>The empty artifacts folder of the calling test: {Root}/{TestClass}.{Method}/.</summary>
    public static string FolderFor(Type testClass, [CallerMemberName] string testName = "")
    {
        var folder = Path.Combine(Root, $"{testClass.Name}.{testName}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file name safe on every file system: letters, digits, '.', '-' and '_'.</summary>
    public static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-'));
}
