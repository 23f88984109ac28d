using System.CommandLine;
using System.Globalization;
using ServiceBot.Cli;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Cli;

/// <summary>
/// <c>content validate [folder]</c>, <c>content export [folder]</c> and <c>content import [folder] [--publish]</c>.
/// A relative folder is resolved against the directory the command was typed in (<see cref="InvocationDirectory"/>).
/// </summary>
public static class ContentCommand
{
    public static Command Create()
    {
        var validateFolder = FolderArgument("The content folder (default: the nearest dialogs/ folder from where you are)");
        var stampOption = new Option<FileInfo?>("--stamp")
        {
            Description = "When valid, also write this file, which lets this build's app skip the checks when it loads exactly these files (the Release build writes dialogs.validated next to the app)",
        };
        var validate = new Command("validate", "Validate the dialog content: prints file:line:column errors and exits 1, or a summary and exits 0")
        {
            validateFolder,
            stampOption,
        };
        validate.SetAction((parseResult, cancellationToken) =>
            ValidateAsync(Resolve(parseResult, parseResult.GetValue(validateFolder)), parseResult.GetValue(stampOption), parseResult, cancellationToken));

        var exportFolder = FolderArgument("Where to write the files (default: the nearest dialogs/ folder from where you are)");
        var revisionOption = new Option<long?>("--revision") { Description = "The revision to export (default: the published one)" };
        var export = new Command("export", "Write the published content revision (or --revision N) from the database into a folder, byte for byte")
        {
            exportFolder,
            revisionOption,
        };
        export.SetAction((parseResult, cancellationToken) => ExportAsync(
            Resolve(parseResult, parseResult.GetValue(exportFolder)), parseResult.GetValue(revisionOption), parseResult, cancellationToken));

        var importFolder = FolderArgument("The folder to import (default: the nearest dialogs/ folder from where you are)");
        var publishOption = new Option<bool>("--publish") { Description = "Publish the imported revision when it has no errors" };
        var summaryOption = new Option<string?>("--summary") { Description = "What changed, for the history (default: 'Imported from <folder>')" };
        var authorOption = new Option<string?>("--author") { Description = "Who is importing, for the history (default: the user name)" };
        var import = new Command("import", "Save a folder as a content revision in the database (a draft, or published with --publish), with the validator's errors")
        {
            importFolder,
            publishOption,
            summaryOption,
            authorOption,
        };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(
            Resolve(parseResult, parseResult.GetValue(importFolder)),
            parseResult.GetValue(publishOption),
            parseResult.GetValue(summaryOption),
            parseResult.GetValue(authorOption),
            parseResult,
            cancellationToken));

        return new Command("content", "Work with the dialog content (dialogs/ and its revisions in the database)") { validate, export, import };
    }

    private static Argument<string?> FolderArgument(string description) => new("folder")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static (string Folder, string Shown) Resolve(ParseResult parseResult, string? folderArgument)
    {
        var here = InvocationDirectory.Of(parseResult);
        var folder = ContentFolderLocator.Resolve(folderArgument, here);
        var relative = Path.GetRelativePath(here, folder);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative.Replace('\\', '/');
        return (folder, shown);
    }

    private static async Task<int> ValidateAsync((string Folder, string Shown) target, FileInfo? stamp, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var console = parseResult.InvocationConfiguration;
        var files = await ReadFolderAsync(target.Folder, cancellationToken);
        var result = files.Errors ?? await new ContentLoader(TimeProvider.System).LoadAsync(files.Set!, cancellationToken);
        if (result.Snapshot is not { } snapshot)
        {
            await WriteErrorsAsync(console, result.Errors, target.Shown);
            await console.Error.WriteLineAsync(
                $"{result.Errors.Count} error(s) in {target.Shown}: fix them and run 'content validate' again. A running bot keeps its last good content.");
            return 1;
        }

        if (stamp is not null)
        {
            ValidatedContentStamp.Write(stamp.FullName, files.Set!);
        }

        await console.Output.WriteAsync(ContentSummary.Describe(snapshot, target.Shown));
        return 0;
    }

    private static async Task<(ContentFileSet? Set, ContentLoadResult? Errors)> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return (await new FolderContentSource(folder).ReadAsync(cancellationToken), null);
        }
        catch (ContentLoadException ex)
        {
            return (null, new ContentLoadResult(null, [.. ex.Errors]));
        }
    }

    private static async Task<int> ExportAsync((string Folder, string Shown) target, long? revision, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var console = parseResult.InvocationConfiguration;
        await using var storage = ContentCliStorage.Build();
        var transfer = new ContentTransfer(storage.Services.GetRequiredService<IContentRevisionStore>(), new ContentLoader(TimeProvider.System));
        try
        {
            var written = await transfer.ExportAsync(target.Folder, revision, cancellationToken);
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exported revision {written.Id} (version {written.Hash}, {written.Author}, {written.CreatedAt:yyyy-MM-dd HH:mm}Z: {written.Summary}) to {target.Shown}"));
            return 0;
        }
        catch (KeyNotFoundException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> ImportAsync(
        (string Folder, string Shown) target, bool publish, string? summary, string? author, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var console = parseResult.InvocationConfiguration;
        await using var storage = ContentCliStorage.Build();
        var transfer = new ContentTransfer(storage.Services.GetRequiredService<IContentRevisionStore>(), new ContentLoader(TimeProvider.System));
        ContentTransfer.ImportResult result;
        try
        {
            result = await transfer.ImportAsync(
                target.Folder,
                string.IsNullOrWhiteSpace(author) ? $"{Environment.UserName} (content import)" : author.Trim(),
                string.IsNullOrWhiteSpace(summary) ? $"Imported from {target.Shown}" : summary.Trim(),
                publish,
                cancellationToken);
        }
        catch (ContentRevisionConflictException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        await WriteErrorsAsync(console, result.Errors, target.Shown);
        if (result.Revision is not { } saved)
        {
            await console.Error.WriteLineAsync($"Nothing was imported from {target.Shown}.");
            return 1;
        }

        var id = saved.Id.ToString(CultureInfo.InvariantCulture);
        if (result.Published)
        {
            await console.Output.WriteLineAsync($"Imported {target.Shown} as revision {id} (version {saved.Hash}) and published it: every instance uses it within seconds.");
            return 0;
        }

        if (result.Errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"{result.Errors.Count} error(s) in {target.Shown}: saved as draft revision {id}, which cannot be published until they are fixed.");
            return 1;
        }

        await console.Output.WriteLineAsync($"Imported {target.Shown} as draft revision {id} (version {saved.Hash}); publish it in the studio, or import again with --publish.");
        return 0;
    }

    private static async Task WriteErrorsAsync(InvocationConfiguration console, IEnumerable<ContentError> errors, string shown)
    {
        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync(error.Format(shown));
        }
    }
}
