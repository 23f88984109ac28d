using System.CommandLine;
using ServiceBot.Content.Loading;

namespace ServiceBot.Content.Cli;

/// <summary><c>content validate [folder]</c>: checks a content folder the way the bot does, without starting it.</summary>
public static class ContentCommand
{
    public static Command Create()
    {
        var folderArgument = new Argument<DirectoryInfo?>("folder")
        {
            Description = "The content folder (default: the nearest dialogs/ folder from the current directory)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Validate the dialog content: prints file:line:column errors and exits 1, or a summary and exits 0")
        {
            folderArgument,
        };
        validate.SetAction((parseResult, cancellationToken) =>
            ValidateAsync(parseResult.GetValue(folderArgument), parseResult.InvocationConfiguration, cancellationToken));
        return new Command("content", "Work with the dialog content (dialogs/)") { validate };
    }

    private static async Task<int> ValidateAsync(DirectoryInfo? folderArgument, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        var folder = ContentFolderLocator.Resolve(folderArgument?.FullName, currentDirectory);
        var shown = Display(folder, currentDirectory);
        var result = await new ContentLoader(TimeProvider.System).LoadAsync(folder, cancellationToken);
        if (result.Snapshot is not { } snapshot)
        {
            foreach (var error in result.Errors)
            {
                await console.Error.WriteLineAsync(error.Format(shown));
            }

            await console.Error.WriteLineAsync(
                $"{result.Errors.Count} error(s) in {shown}: fix them and run 'content validate' again. A running bot keeps its last good content.");
            return 1;
        }

        await console.Output.WriteAsync(ContentSummary.Describe(snapshot, shown));
        return 0;
    }

    private static string Display(string folder, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? folder
            : relative.Replace('\\', '/');
    }
}
