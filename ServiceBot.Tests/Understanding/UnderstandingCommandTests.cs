using System.CommandLine;
using ServiceBot.Content.Loading;
using ServiceBot.Tests.Content;
using ServiceBot.Understanding;
using ServiceBot.Understanding.Cli;

namespace ServiceBot.Tests.Understanding;

public sealed class UnderstandingCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"servicebot-evaluation-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_file);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { UnderstandingCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Evaluate_AFileOfUtterances_PrintsTheConfusionReport()
    {
        await File.WriteAllTextAsync(_file, """
            - {say: "llegó una señora", expect: new-service}
            - {say: "me está mentando la madre", expect: playbook.rude}
            - {say: "que hora es?", expect: help}
            """);

        var (exitCode, output, error) = await RunAsync("understanding", "evaluate", _file, "--content", ContentFolders.RealDialogs);

        Assert.Empty(error);
        Assert.Equal(2, exitCode);
        Assert.Contains("Understanding of " + Path.GetFileName(_file) + ": 2 of 3", output, StringComparison.Ordinal);
        Assert.Matches(@"help\s+1\s+0\s+0\.0 %\s+< required", output);
        Assert.Contains("help → not understood", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(_file)}:3: \"que hora es?\" expected help, got not-understood", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_AMalformedFile_SaysWhereAndExitsOne()
    {
        await File.WriteAllTextAsync(_file, "- {say: \"hola\", expect: greeting}\n- {say: \"x\", expect: mood.grumpy}\n");

        var (exitCode, _, error) = await RunAsync("understanding", "evaluate", _file, "--content", ContentFolders.RealDialogs);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{_file}:2:", error, StringComparison.Ordinal);
        Assert.Contains("mood.grumpy", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_TheShippedDialogs_LeavesOnlyTheirClassifier_WhichAFirstStartLoads()
    {
        using var output = new TeamsApp.TemporaryFolder();
        using var dataFolder = new TeamsApp.TemporaryFolder();
        var stale = Path.Combine(output.Path, "intent-classifier-0000000000000000.mlnet");
        await File.WriteAllTextAsync(stale, "examples of an older build");

        var (exitCode, printed, error) = await RunAsync("understanding", "train", "--content", ContentFolders.RealDialogs, "--output", output.Path);

        Assert.Empty(error);
        Assert.Equal(0, exitCode);
        var snapshot = (await new ContentLoader(TimeProvider.System).LoadAsync(ContentFolders.RealDialogs)).Snapshot!;
        var set = TrainingSet.From(snapshot);
        var saved = new SavedClassifiers(output.Path).PathOf(set);
        Assert.Equal([saved], Directory.GetFiles(output.Path));
        Assert.Contains(saved, printed, StringComparison.Ordinal);

        var loaded = new SavedClassifiers(dataFolder.Path, shipped: output.Path).LoadOrTrain(set);

        Assert.Empty(Directory.GetFiles(dataFolder.Path));
        Assert.Equal(set.Examples.Select(example => example.Intent).ToHashSet(), loaded.Intents.ToHashSet());
        Assert.Equal(Intent.Command("new-service"), loaded.Rank(TextNormalizer.Normalize("nueva atención"))[0].Intent);
    }

    [Fact]
    public void CommandLine_HandlesTheUnderstandingCommand() =>
        Assert.True(ServiceBot.Cli.ServiceBotCommandLine.Handles(["understanding", "evaluate"]));
}
