using ServiceBot.Content.Model;
using ServiceBot.Tests.Content;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;
using ServiceBot.Understanding.Evaluation;

namespace ServiceBot.Tests.Understanding;

/// <summary>
/// The shipped classifier's scoring exported without ML.NET gives ML.NET's own probabilities: on every example it was
/// trained on, on every sentence of the evaluation and held-out sets (never seen in training), and after a round trip
/// through its file; what cannot be exported stays with ML.NET.
/// </summary>
public sealed class LinearIntentScorerTests
{
    [Fact]
    public void Export_OfTheShippedClassifier_GivesMlNetsProbabilitiesOnEveryExampleAndEveryHeldOutSentence()
    {
        var set = TrainingSet.From(RealContent.Current);
        var mlNet = UnderstandingModels.For(RealContent.Current).Classifier;

        var scorer = mlNet.Export(set, out var reason);

        Assert.True(scorer is not null, reason);
        var exported = IntentClassifier.FromScorer(RoundTrip(scorer), set, TimeSpan.Zero);
        Assert.True(exported.IsExported);
        Assert.False(mlNet.IsExported);
        var sentences = Directory.GetFiles(EvaluationTests.Folder, "*.yaml")
            .SelectMany(file => EvaluationSet.Load(file).Select(c => c.Say))
            .Concat(set.Examples.Select(example => example.Text))
            .Concat(["¡Ya llegó la Señora Ørsted! 😡 çà et là, Straße", "12345", "ññññ", "  "])
            .ToList();
        Assert.True(sentences.Count > 4500, $"{sentences.Count} sentences");
        foreach (var sentence in sentences)
        {
            AssertSameRanking(mlNet, exported, TextNormalizer.Normalize(sentence));
        }
    }

    [Fact]
    public void Score_OfATextWithNoKnownFeature_IsTheBiasesSoftmax_AsInMlNet()
    {
        var set = TrainingSet.From(RealContent.Current);
        var mlNet = UnderstandingModels.For(RealContent.Current).Classifier;
        var exported = IntentClassifier.FromScorer(mlNet.Export(set, out _)!, set, TimeSpan.Zero);

        AssertSameRanking(mlNet, exported, "zqxj wvkq");
        AssertSameRanking(mlNet, exported, string.Empty);
    }

    [Fact]
    public void Export_OfANaiveBayesClassifier_IsRefused_WithTheReason()
    {
        var set = SmallSet();
        var classifier = IntentClassifier.Train(set, new ClassifierRecipe(ClassifierTrainer.NaiveBayes));

        var scorer = classifier.Export(set, out var reason);

        Assert.Null(scorer);
        Assert.Contains("maximum-entropy", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfACutShortFile_Throws()
    {
        var set = SmallSet();
        var scorer = IntentClassifier.Train(set).Export(set, out var reason);
        Assert.True(scorer is not null, reason);
        using var whole = new MemoryStream();
        scorer.Write(whole);

        using var half = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        Assert.ThrowsAny<IOException>(() => LinearIntentScorer.Read(half));
    }

    internal static TrainingSet SmallSet() => TrainingSet.Of(
    [
        .. Examples(Intent.Command("greeting"), "hola", "buenos dias", "buenas tardes", "que tal"),
        .. Examples(Intent.Command("new-service"), "nueva atencion", "abrir una atencion", "empezar a atender", "quiero abrir una atencion nueva"),
        .. Examples(Intent.Mood(Temperament.Upset), "el cliente esta enojado", "esta muy molesto", "viene furioso"),
        .. Examples(Intent.Other, "el clima", "cuanto cuesta un cafe", "que hora es"),
    ]);

    /// <summary>Every intent's probability within the export's tolerance, and the same best intent.</summary>
    internal static void AssertSameRanking(IntentClassifier expected, IntentClassifier actual, string normalizedText)
    {
        var mlNet = expected.Rank(normalizedText);
        var exported = actual.Rank(normalizedText).ToDictionary(score => score.Intent, score => score.Probability);
        Assert.Equal(mlNet.Count, exported.Count);
        foreach (var score in mlNet)
        {
            Assert.True(Math.Abs(score.Probability - exported[score.Intent]) <= IntentScorerExport.Tolerance,
                $"'{normalizedText}': {score.Intent} {exported[score.Intent]:R}, ML.NET {score.Probability:R}");
        }

        Assert.True(mlNet[0].Probability > exported.Where(pair => pair.Key != mlNet[0].Intent).Max(pair => pair.Value) - IntentScorerExport.Tolerance,
            $"'{normalizedText}': ML.NET's best, {mlNet[0].Intent}, is not the exported scorer's");
    }

    private static LinearIntentScorer RoundTrip(LinearIntentScorer scorer)
    {
        using var stream = new MemoryStream();
        scorer.Write(stream);
        stream.Position = 0;
        return LinearIntentScorer.Read(stream);
    }

    private static IEnumerable<TrainingExample> Examples(Intent intent, params string[] texts) =>
        texts.Select(text => new TrainingExample(intent, text));
}
