using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Understanding;

namespace ServiceBot.Benchmarks.Understanding;

/// <summary>
/// What understanding costs: training the intent classifier on the shipped dialogs/understanding/ (done when a
/// content snapshot is loaded or reloaded, off the request path), loading the content itself, and reading one
/// message (an exact keyword, a sentence through the classifier, an answer at an open question).
/// </summary>
[Config(typeof(Config))]
public class UnderstandingBenchmarks
{
    private ContentSnapshot? content;
    private TrainingSet? examples;
    private string? folder;

    [GlobalSetup]
    public void Setup()
    {
        folder = FindDialogs();
        content = new ContentLoader(TimeProvider.System).LoadAsync(folder).GetAwaiter().GetResult().Snapshot
            ?? throw new InvalidOperationException("the shipped content does not load");
        examples = TrainingSet.From(content);
        UnderstandingModels.Prepare(content);
    }

    /// <summary>Training alone: featurisation and SDCA over every example (the cost a changed example adds to a reload).</summary>
    [Benchmark]
    public IntentClassifier Train() => IntentClassifier.Train(examples!);

    /// <summary>Parsing, validating and building the content snapshot, without training (the rest of a reload).</summary>
    [Benchmark]
    public ContentSnapshot? LoadContent() => new ContentLoader(TimeProvider.System).LoadAsync(folder!).GetAwaiter().GetResult().Snapshot;

    [Benchmark]
    public Understood UnderstandKeyword() => Understander.Understand("nueva atención", UnderstandingContext.None, content!);

    [Benchmark]
    public Understood UnderstandSentence() => Understander.Understand("oye, la señora viene bien enojada porque no le llegó su pedido", UnderstandingContext.None, content!);

    [Benchmark]
    public Understood UnderstandAnswer() => Understander.Understand("sí, termínala y abre otra", new UnderstandingContext(PromptKind.YesNo, true), content!);

    private static string FindDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceBot.sln")))
            {
                return Path.Combine(dir.FullName, "dialogs");
            }
        }

        throw new InvalidOperationException("ServiceBot.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
        }
    }
}
