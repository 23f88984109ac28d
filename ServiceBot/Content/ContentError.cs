namespace ServiceBot.Content;

/// <summary>
/// One problem in the content folder. <see cref="File"/> is relative to the folder with '/' separators ("." for the
/// folder itself); <see cref="Line"/> and <see cref="Column"/> are 1-based, 0 when the problem has no position.
/// </summary>
public sealed record ContentError(string File, int Line, int Column, string Message)
{
    public const string FolderLevel = ".";

    /// <summary><c>phrases/greeting.yaml:12:5: message</c>, with the file shown under <paramref name="folder"/> when given.</summary>
    public string Format(string? folder = null)
    {
        var file = folder is null ? File
            : File == FolderLevel ? folder
            : $"{folder.TrimEnd('/', '\\')}/{File}";
        return Line > 0 ? $"{file}:{Line}:{Column}: {Message}" : $"{file}: {Message}";
    }

    public override string ToString() => Format();
}
