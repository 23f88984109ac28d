using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Cli;

/// <summary>
/// Moves content between a folder and the database: export writes a revision's files byte for byte; import saves a
/// folder as a draft whose parent is the live revision (with the validator's errors), and publishes it if asked.
/// </summary>
public sealed class ContentTransfer(IContentRevisionStore revisions, ContentLoader loader)
{
    /// <summary>Writes the live revision (or <paramref name="revision"/>) into <paramref name="folder"/>; returns the revision written.</summary>
    /// <exception cref="KeyNotFoundException">Nothing is published yet, or there is no such revision.</exception>
    public async Task<ContentRevision> ExportAsync(string folder, long? revision, CancellationToken cancellationToken)
    {
        var id = revision ?? await revisions.GetLiveIdAsync(cancellationToken)
            ?? throw new KeyNotFoundException("No content revision has been published yet: start the bot once (it seeds the database from dialogs/), or import a folder.");
        var meta = await revisions.GetAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no content revision {id}.");
        var files = await revisions.GetFilesAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no content revision {id}.");
        await new FolderContentSource(folder).WriteAsync(files, cancellationToken);
        return meta;
    }

    /// <summary>
    /// Saves the folder as a draft from the live revision; with <paramref name="publish"/> publishes it when valid.
    /// Returns the saved revision (null when the folder could not be read) and the errors.
    /// </summary>
    /// <exception cref="ContentRevisionConflictException">Another revision went live while importing.</exception>
    public async Task<ImportResult> ImportAsync(string folder, string author, string summary, bool publish, CancellationToken cancellationToken)
    {
        ContentFileSet files;
        try
        {
            files = await new FolderContentSource(folder).ReadAsync(cancellationToken);
        }
        catch (ContentLoadException ex)
        {
            return new ImportResult(null, ex.Errors, false);
        }

        var nonText = files.Files.Where(file => file.TryGetText() is null).Select(file => new ContentError(file.Path, 1, 1, "the file is not UTF-8 text: save it as UTF-8")).ToList();
        if (nonText.Count > 0)
        {
            return new ImportResult(null, nonText, false);
        }

        var result = await loader.ValidateAsync(files, cancellationToken);
        var live = await revisions.GetLiveIdAsync(cancellationToken);
        var saved = await revisions.SaveAsync(new NewContentRevision(files, live, author, summary, ContentOrigin.Import), cancellationToken);
        if (!publish || result.Errors.Count > 0)
        {
            return new ImportResult(saved, result.Errors, false);
        }

        return new ImportResult(await revisions.PublishAsync(saved.Id, author, cancellationToken), [], true);
    }

    public sealed record ImportResult(ContentRevision? Revision, IReadOnlyList<ContentError> Errors, bool Published);
}
