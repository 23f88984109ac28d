using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ServiceBot.Understanding;

/// <summary>
/// The trained intent classifier (ML.NET): immutable once trained, safe to use from many requests at once (each
/// prediction rents an engine from a pool). <see cref="Rank"/> returns every intent with its probability, best first.
/// </summary>
public sealed class IntentClassifier
{
    private readonly MLContext? _ml;
    private readonly ITransformer? _model;
    private readonly LinearIntentScorer? _scorer;
    private readonly Intent[] _intents;

    // Only with ML.NET's model: creating it loads ML.NET, which a start that loads an exported scorer never needs.
    private readonly ConcurrentBag<PredictionEngine<ClassifierInput, ClassifierOutput>>? _engines;

    private IntentClassifier(MLContext ml, ITransformer model, Intent[] intents, IntentVocabulary vocabulary, TimeSpan trainingTime, int exampleCount)
    {
        Vocabulary = vocabulary;
        _ml = ml;
        _model = model;
        _engines = [];
        _intents = intents;
        TrainingTime = trainingTime;
        ExampleCount = exampleCount;
    }

    private IntentClassifier(LinearIntentScorer scorer, Intent[] intents, IntentVocabulary vocabulary, TimeSpan loadingTime, int exampleCount)
    {
        Vocabulary = vocabulary;
        _scorer = scorer;
        _intents = intents;
        TrainingTime = loadingTime;
        ExampleCount = exampleCount;
    }

    public TimeSpan TrainingTime { get; }

    /// <summary>The words each intent's examples use, to tell a guess at something never seen from a reading.</summary>
    public IntentVocabulary Vocabulary { get; }

    public int ExampleCount { get; }

    public IReadOnlyList<Intent> Intents => _intents;

    /// <summary>Whether it scores with an exported <see cref="LinearIntentScorer"/> (no ML.NET at all) rather than ML.NET's model.</summary>
    public bool IsExported => _scorer is not null;

    public static IntentClassifier Train(TrainingSet set, ClassifierRecipe? recipe = null)
    {
        recipe ??= ClassifierRecipe.Default;
        var started = Stopwatch.GetTimestamp();
        var ml = new MLContext(seed: 1);
        var rows = set.Examples.Select(example => new ClassifierInput { Label = example.Intent.ToString(), Text = ClassifierText.Prepare(example.Text) }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(ClassifierInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", Featurizer(recipe), nameof(ClassifierInput.Text)))
            .AppendCacheCheckpoint(ml)
            .Append(Trainer(ml, recipe));
        var model = pipeline.Fit(data);

        var intents = IntentsOf(model, data.Schema);
        var vocabulary = IntentVocabulary.Of(set.Examples.Zip(rows, (example, row) => (example.Intent, row.Text)));
        return new IntentClassifier(ml, model, intents, vocabulary, Stopwatch.GetElapsedTime(started), rows.Count);
    }

    /// <summary>Writes the trained model (ML.NET's zip format) so <see cref="Load"/> can restore it without training.</summary>
    public void Save(Stream stream)
    {
        if (_ml is null || _model is null)
        {
            throw new InvalidOperationException("An exported classifier has no ML.NET model to save.");
        }

        _ml.Model.Save(_model, inputSchema: null, stream);
    }

    /// <summary>
    /// This model's scoring without ML.NET, when it can be read out and gives ML.NET's probabilities on every example
    /// of <paramref name="set"/> and the export's own probes; else null and why (the classifier stays with ML.NET).
    /// </summary>
    public LinearIntentScorer? Export(TrainingSet set, out string reason)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (_ml is null || _model is null)
        {
            reason = "it is exported already";
            return null;
        }

        var texts = set.Examples.Select(example => ClassifierText.Prepare(example.Text)).Distinct(StringComparer.Ordinal);
        return IntentScorerExport.TryExport(_ml, _model, FeaturizerCaseMode, texts, PreparedScores, out reason);
    }

    /// <summary>A classifier that scores with <paramref name="scorer"/>; throws <see cref="InvalidDataException"/> when its intents are not the set's.</summary>
    public static IntentClassifier FromScorer(LinearIntentScorer scorer, TrainingSet set, TimeSpan loadingTime)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(set);
        var intents = scorer.Intents.Select(name => Intent.TryParse(name, out var intent) ? intent : Intent.Other).ToArray();
        ExpectIntentsOf(set, intents);
        return new IntentClassifier(scorer, intents, VocabularyOf(set), loadingTime, set.Examples.Count);
    }

    /// <summary>
    /// Restores a model <see cref="Save"/> wrote for <paramref name="set"/>; throws <see cref="InvalidDataException"/>
    /// when the stream is not such a model or its intents are not the set's.
    /// </summary>
    public static IntentClassifier Load(Stream stream, TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var started = Stopwatch.GetTimestamp();
        var ml = new MLContext(seed: 1);
        ITransformer model;
        Intent[] intents;
        try
        {
            model = ml.Model.Load(stream, out _);
            var input = ml.Data.LoadFromEnumerable(Array.Empty<ClassifierInput>()).Schema;
            intents = IntentsOf(model, input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"not a saved intent classifier: {ex.Message}", ex);
        }

        ExpectIntentsOf(set, intents);
        return new IntentClassifier(ml, model, intents, VocabularyOf(set), Stopwatch.GetElapsedTime(started), set.Examples.Count);
    }

    private static void ExpectIntentsOf(TrainingSet set, Intent[] intents)
    {
        var expected = set.Examples.Select(example => example.Intent).ToHashSet();
        if (intents.Length != expected.Count || !expected.SetEquals(intents))
        {
            throw new InvalidDataException($"the saved classifier knows {intents.Length} intents, the examples have {expected.Count}");
        }
    }

    private static IntentVocabulary VocabularyOf(TrainingSet set) =>
        IntentVocabulary.Of(set.Examples.Select(example => (example.Intent, ClassifierText.Prepare(example.Text))));

    /// <summary>Every intent with its probability, best first; <paramref name="normalizedText"/> as <see cref="TextNormalizer"/> makes it.</summary>
    public IReadOnlyList<IntentScore> Rank(string normalizedText)
    {
        var prepared = ClassifierText.Prepare(normalizedText);
        var scores = _scorer is null ? PreparedScores(prepared) : _scorer.Score(prepared);
        var ranked = new IntentScore[Math.Min(scores.Length, _intents.Length)];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = new IntentScore(_intents[i], scores[i]);
        }

        Array.Sort(ranked, (a, b) => b.Probability.CompareTo(a.Probability));
        return ranked;
    }

    /// <summary>ML.NET's probabilities for a text <see cref="ClassifierText.Prepare"/> made.</summary>
    private float[] PreparedScores(string prepared)
    {
        if (!_engines!.TryTake(out var engine))
        {
            engine = _ml!.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(_model);
        }

        try
        {
            return engine.Predict(new ClassifierInput { Text = prepared }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static Intent[] IntentsOf(ITransformer model, DataViewSchema input)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.GetOutputSchema(input)["Score"].GetSlotNames(ref names);
        return names.DenseValues()
            .Select(name => Intent.TryParse(name.ToString(), out var intent) ? intent : Intent.Other)
            .ToArray();
    }

    private const TextNormalizingEstimator.CaseMode FeaturizerCaseMode = TextNormalizingEstimator.CaseMode.Lower;

    private static TextFeaturizingEstimator.Options Featurizer(ClassifierRecipe recipe) => new()
    {
        // The text arrives normalised already (lower case, no accents, no punctuation); these keep it so. The exported
        // scorer reproduces this normalisation (IntentScorerExport), so these stay as they are or it is not exported.
        CaseMode = FeaturizerCaseMode,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        StopWordsRemoverOptions = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = recipe.WordNgramLength, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = recipe.CharNgramLength, UseAllLengths = recipe.AllCharNgramLengths },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static IEstimator<ITransformer> Trainer(MLContext ml, ClassifierRecipe recipe) => recipe.Trainer switch
    {
        ClassifierTrainer.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { L2Regularization = recipe.L2Regularization, NumberOfThreads = 1 }),
        ClassifierTrainer.NaiveBayes => ml.MulticlassClassification.Trainers.NaiveBayes(),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            MaximumNumberOfIterations = recipe.Iterations,
            L2Regularization = recipe.L2Regularization,
            NumberOfThreads = 1,
        }),
    };
}

/// <summary>A row the classifier reads (ML.NET binds it by property name).</summary>
public sealed class ClassifierInput
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

/// <summary>The classifier's probability per intent, in the order of <see cref="IntentClassifier.Intents"/>.</summary>
public sealed class ClassifierOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
