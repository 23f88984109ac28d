namespace ServiceBot.Content.Sources;

/// <summary>Where the live content is read from: a folder, or the published revision in the database.</summary>
public interface IContentSource
{
    /// <summary>What is read, for logs and error messages ("dialogs", "revision 12").</summary>
    string Description { get; }

    /// <summary>Reads the whole content set.</summary>
    /// <exception cref="ContentLoadException">The content cannot be read at all (no folder, unreadable file).</exception>
    Task<ContentFileSet> ReadAsync(CancellationToken cancellationToken);
}
