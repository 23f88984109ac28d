namespace ServiceBot.Content.Sources;

/// <summary>The content files of a folder on disk (the repository's <c>dialogs/</c>, an export, a CI checkout).</summary>
public sealed class FolderContentSource(string folder) : IContentSource
{
    public string Folder { get; } = folder;

    public string Description => Folder;

    public async Task<ContentFileSet> ReadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            throw new ContentLoadException(Folder, [new ContentError(ContentError.FolderLevel, 0, 0, $"content folder not found: {Folder}")]);
        }

        var files = new List<ContentFile>();
        var errors = new List<ContentError>();
        foreach (var full in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, full).Replace('\\', '/');
            if (!ContentFileSet.IsContentFile(relative))
            {
                continue;
            }

            try
            {
                files.Add(new ContentFile(relative, await File.ReadAllBytesAsync(full, cancellationToken)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ContentError(relative, 0, 0, $"the file cannot be read: {ex.Message}"));
            }
        }

        return errors.Count > 0 ? throw new ContentLoadException(Folder, errors) : new ContentFileSet(files);
    }

    /// <summary>
    /// Writes a content set into the folder byte for byte, and removes content files the set does not have
    /// (other files, such as a README, are left alone).
    /// </summary>
    public async Task WriteAsync(ContentFileSet files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var keep = new HashSet<string>(files.Files.Select(file => file.Path), StringComparer.Ordinal);
        foreach (var full in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(Folder, full).Replace('\\', '/');
            if (ContentFileSet.IsContentFile(relative) && !keep.Contains(relative))
            {
                File.Delete(full);
            }
        }

        foreach (var file in files.Files)
        {
            var target = Path.Combine(Folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, file.Bytes, cancellationToken);
        }
    }
}
