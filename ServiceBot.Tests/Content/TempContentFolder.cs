namespace ServiceBot.Tests.Content;

/// <summary>A copy of the real dialogs/ in a temp folder, optionally with a fixture laid over it; deleted on dispose.</summary>
public sealed class TempContentFolder : IDisposable
{
    public TempContentFolder(string? fixture = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "servicebot-content-" + Guid.NewGuid().ToString("N"));
        Copy(ContentFolders.RealDialogs, Path);
        if (fixture is not null)
        {
            Copy(ContentFolders.Fixture(fixture), Path);
        }
    }

    public string Path { get; }

    public string Read(string relative) => File.ReadAllText(Full(relative));

    public void Write(string relative, string text) => File.WriteAllText(Full(relative), text);

    /// <summary>Replaces text that must be present exactly once, so a test never edits nothing by mistake.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(first >= 0 && text.IndexOf(oldText, first + 1, StringComparison.Ordinal) < 0,
            $"'{oldText}' must occur exactly once in {relative}");
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Full(string relative) => System.IO.Path.Combine(Path, relative);

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
