using System.CommandLine;
using ServiceBot.Content.Cli;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Sources;

namespace ServiceBot.Tests.Content.Cli;

public class ContentCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { ContentCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_RealDialogs_PrintsSummaryAndExitsZero()
    {
        var (exitCode, output, error) = await RunAsync("content", "validate", ContentFolders.RealDialogs);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.StartsWith("Content OK: ", output, StringComparison.Ordinal);
        Assert.Contains("playbooks       7: ", output, StringComparison.Ordinal);
        Assert.Matches(@"version [0-9a-f]{12}", output);
    }

    [Fact]
    public async Task Validate_BrokenFolder_PrintsFileLineErrorsAndExitsOne()
    {
        using var folder = new TempContentFolder("broken-reference");

        var (exitCode, output, error) = await RunAsync("content", "validate", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"{folder.Path}/playbooks/zz-reference.yaml:26:22: unknown phrase 'apologee-2': no phrase has this id; did you mean 'apology-2'?",
            lines[0].TrimEnd('\r'));
        Assert.StartsWith("1 error(s) in ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithStamp_StampsExactlyTheValidatedFiles()
    {
        using var folder = new TempContentFolder();
        var stamp = Path.Combine(folder.Path, "..", $"{Path.GetFileName(folder.Path)}.validated");
        try
        {
            var (exitCode, _, error) = await RunAsync("content", "validate", folder.Path, "--stamp", stamp);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var read = ValidatedContentStamp.Read(stamp);
            Assert.NotNull(read);
            Assert.True(read.Covers(await new FolderContentSource(folder.Path).ReadAsync(CancellationToken.None)));
            folder.Write("texts/ui.yaml", folder.Read("texts/ui.yaml") + "\n# edited after validation\n");
            Assert.False(read.Covers(await new FolderContentSource(folder.Path).ReadAsync(CancellationToken.None)));
        }
        finally
        {
            File.Delete(stamp);
        }
    }

    [Fact]
    public async Task Validate_BrokenFolderWithStamp_WritesNoStamp()
    {
        using var folder = new TempContentFolder("broken-reference");
        var stamp = Path.Combine(folder.Path, "..", $"{Path.GetFileName(folder.Path)}.validated");

        var (exitCode, _, _) = await RunAsync("content", "validate", folder.Path, "--stamp", stamp);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(stamp));
    }

    [Fact]
    public void CommandLine_HandlesTheContentCommand() =>
        Assert.True(ServiceBot.Cli.ServiceBotCommandLine.Handles(["content", "validate"]));

    [Fact]
    public void CommandLine_HandlesTheContentCommandAfterTheInvocationDirectory() =>
        Assert.True(ServiceBot.Cli.ServiceBotCommandLine.Handles(["--invocation-directory", "/somewhere", "content", "validate"]));

    [Fact]
    public async Task Validate_ARelativeFolder_IsResolvedAgainstWhereTheCommandWasTyped()
    {
        // As 'dotnet run --project ServiceBot -- content validate dialogs' typed at the repository root: the app runs
        // in ServiceBot/, and the project passes the directory it was started from.
        var root = new RootCommand { ServiceBot.Cli.InvocationDirectory.Option, ContentCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await root.Parse(["--invocation-directory", ContentFolders.Repository, "content", "validate", "dialogs"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Content OK: dialogs ", output.ToString(), StringComparison.Ordinal);
    }
}
