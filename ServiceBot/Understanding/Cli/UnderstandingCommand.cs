using System.CommandLine;
using System.Globalization;
using ServiceBot.Content;
using ServiceBot.Content.Loading;
using ServiceBot.Understanding.Evaluation;

namespace ServiceBot.Understanding.Cli;

/// <summary>
/// <c>understanding train --output folder [--content folder]</c>: trains the classifier on a content folder and saves it
/// there for the bot to load (a Release build runs it into the app's <c>classifiers/</c>).
/// <c>understanding evaluate &lt;file&gt; [--content folder]</c>: trains the classifier on a content folder as the bot
/// does, runs a file of utterances through it and prints the confusion report. Exits 1 when the file cannot be read
/// or the content is invalid, 2 when understanding is below what the tests require (95% overall, 85% per intent).
/// </summary>
public static class UnderstandingCommand
{
    public static Command Create()
    {
        var fileArgument = new Argument<FileInfo>("file") { Description = "A YAML list of utterances with the expected intent ('- say: … / expect: …')" };
        var contentOption = new Option<DirectoryInfo?>("--content") { Description = "The content folder (default: the nearest dialogs/ folder)" };
        var evaluate = new Command("evaluate", "Print how a file of utterances is understood: accuracy per intent, confusions and misses")
        {
            fileArgument,
            contentOption,
        };
        evaluate.SetAction((parseResult, cancellationToken) => EvaluateAsync(
            parseResult.GetValue(fileArgument)!, parseResult.GetValue(contentOption), parseResult.InvocationConfiguration, cancellationToken));
        var outputOption = new Option<DirectoryInfo>("--output") { Description = "The folder the classifier is saved in (a build's output: classifiers/ next to the app)", Required = true };
        var trainContentOption = new Option<DirectoryInfo?>("--content") { Description = "The content folder (default: the nearest dialogs/ folder)" };
        var train = new Command("train", "Train the intent classifier on a content folder and save it where the bot finds it (the Release build does this for the shipped examples)")
        {
            trainContentOption,
            outputOption,
        };
        train.SetAction((parseResult, cancellationToken) => TrainAsync(
            parseResult.GetValue(trainContentOption), parseResult.GetValue(outputOption)!, parseResult.InvocationConfiguration, cancellationToken));
        return new Command("understanding", "Work with how ServiceBot understands agents (dialogs/understanding/)") { evaluate, train };
    }

    private static async Task<int> TrainAsync(DirectoryInfo? contentFolder, DirectoryInfo output, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (await LoadContentAsync(contentFolder, console, cancellationToken) is not { } snapshot)
        {
            return 1;
        }

        var set = TrainingSet.From(snapshot);
        var saved = new SavedClassifiers(output.FullName);
        var classifier = saved.LoadOrTrain(set);
        saved.KeepOnly(set);
        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Intent classifier ({classifier.ExampleCount} examples, {classifier.Intents.Count} intents) in {saved.PathOf(set)}"));
        return 0;
    }

    private static async Task<Content.Model.ContentSnapshot?> LoadContentAsync(DirectoryInfo? contentFolder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var folder = ContentFolderLocator.Resolve(contentFolder?.FullName, Directory.GetCurrentDirectory());
        var result = await new ContentLoader(TimeProvider.System).LoadAsync(folder, cancellationToken);
        if (result.Snapshot is { } snapshot)
        {
            return snapshot;
        }

        foreach (var error in result.Errors)
        {
            await console.Error.WriteLineAsync(error.Format(folder));
        }

        await console.Error.WriteLineAsync($"{result.Errors.Count} error(s) in {folder}: fix them first ('content validate').");
        return null;
    }

    private static async Task<int> EvaluateAsync(FileInfo file, DirectoryInfo? contentFolder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        IReadOnlyList<EvaluationCase> cases;
        try
        {
            cases = EvaluationSet.Load(file.FullName);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        if (await LoadContentAsync(contentFolder, console, cancellationToken) is not { } snapshot)
        {
            return 1;
        }

        var model = UnderstandingModels.Prepare(snapshot);
        var evaluation = UnderstandingEvaluation.Run(cases, snapshot);
        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Classifier: {model.Classifier.ExampleCount} examples, {model.Classifier.Intents.Count} intents, trained in {model.Classifier.TrainingTime.TotalMilliseconds:0} ms ({ClassifierRecipe.Default})"));
        await console.Output.WriteAsync(evaluation.Format(file.Name));
        return evaluation.Passes ? 0 : 2;
    }
}
