using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ServiceBot.Understanding;

/// <summary>
/// Reads a trained ML.NET classifier's features and weights into a <see cref="LinearIntentScorer"/>, and keeps it only
/// when it gives ML.NET's own probabilities (each within <see cref="Tolerance"/>, the same best intent) on every text it
/// is checked on: the training examples, a text with no known feature, an empty one, and the characters ML.NET's
/// normaliser changes. Anything it cannot read (another trainer, a feature it does not know how to compute) is not
/// exported, and the classifier goes on running in ML.NET.
/// </summary>
internal static class IntentScorerExport
{
    /// <summary>The largest difference allowed between ML.NET's probability and the scorer's (float rounding).</summary>
    public const float Tolerance = 1e-5f;

    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";

    public static LinearIntentScorer? TryExport(
        MLContext ml,
        ITransformer model,
        TextNormalizingEstimator.CaseMode caseMode,
        IEnumerable<string> checkedTexts,
        Func<string, float[]> mlScores,
        out string reason)
    {
        if ((model as IEnumerable<ITransformer>)?.LastOrDefault() is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
        {
            reason = "its trainer is not a maximum-entropy one";
            return null;
        }

        var output = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ClassifierInput>()).Schema);
        var intents = SlotNames(output["Score"]);
        var features = SlotNames(output["Features"]);
        VBuffer<float>[] weightsByIntent = [];
        predictor.Model.GetWeights(ref weightsByIntent, out var classes);
        var biases = predictor.Model.GetBiases().ToArray();
        if (classes != intents.Count || biases.Length != classes || weightsByIntent.Any(w => w.Length != features.Count))
        {
            reason = $"{classes} classes, {biases.Length} biases and {features.Count} features do not fit {intents.Count} intents";
            return null;
        }

        var grams = new List<string>();
        var words = new List<string>();
        var sources = new List<(bool IsGram, int Index)>();
        foreach (var name in features)
        {
            if (name.StartsWith(CharPrefix, StringComparison.Ordinal) && Gram(name[CharPrefix.Length..]) is { } gram)
            {
                sources.Add((true, grams.Count));
                grams.Add(gram);
            }
            else if (name.StartsWith(WordPrefix, StringComparison.Ordinal) && name.Length > WordPrefix.Length && !name.Contains(' ', StringComparison.Ordinal))
            {
                sources.Add((false, words.Count));
                words.Add(name[WordPrefix.Length..]);
            }
            else
            {
                reason = $"its feature '{name}' is neither a character 3-gram nor a word";
                return null;
            }
        }

        var weights = new float[features.Count * classes];
        for (var intent = 0; intent < classes; intent++)
        {
            var feature = 0;
            foreach (var weight in weightsByIntent[intent].DenseValues())
            {
                var (isGram, index) = sources[feature++];
                weights[((isGram ? index : grams.Count + index) * classes) + intent] = weight;
            }
        }

        var normalization = NormalizationOf(ml, caseMode);
        LinearIntentScorer scorer;
        try
        {
            scorer = new LinearIntentScorer(intents, normalization, grams, words, weights, biases);
        }
        catch (InvalidDataException ex)
        {
            reason = ex.Message;
            return null;
        }

        return Differs(scorer, checkedTexts.Concat(Probes(normalization)), mlScores) is { } difference
            ? Fail(difference, out reason)
            : Pass(scorer, out reason);
    }

    /// <summary>The first text on which the scorer and ML.NET disagree, and how; null when they agree on every one.</summary>
    public static string? Differs(LinearIntentScorer scorer, IEnumerable<string> texts, Func<string, float[]> mlScores)
    {
        foreach (var text in texts)
        {
            var expected = mlScores(text);
            var actual = scorer.Score(text);
            if (expected.Length != actual.Length)
            {
                return $"'{text}': {actual.Length} scores, ML.NET gives {expected.Length}";
            }

            var worst = Enumerable.Range(0, expected.Length).MaxBy(i => Math.Abs(expected[i] - actual[i]));
            if (Math.Abs(expected[worst] - actual[worst]) > Tolerance || Best(expected) != Best(actual))
            {
                return $"'{text}': {scorer.Intents[worst]} {actual[worst]:R}, ML.NET gives {expected[worst]:R}";
            }
        }

        return null;
    }

    /// <summary>What ML.NET's text normaliser (the featurizer's settings) does to each character it changes: one character in, at most one out.</summary>
    private static Dictionary<char, char?> NormalizationOf(MLContext ml, TextNormalizingEstimator.CaseMode caseMode)
    {
        var rows = Enumerable.Range(0, char.MaxValue + 1).Select(c => new ClassifierInput { Text = ((char)c).ToString() }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var normalizer = ml.Transforms.Text.NormalizeText(nameof(NormalizedRow.Normalized), nameof(ClassifierInput.Text), caseMode, keepDiacritics: false, keepPunctuations: false, keepNumbers: true);
        var normalized = ml.Data.CreateEnumerable<NormalizedRow>(normalizer.Fit(data).Transform(data), reuseRowObject: false);
        var changes = new Dictionary<char, char?>();
        var c = 0;
        foreach (var row in normalized)
        {
            var from = (char)c++;
            if (row.Normalized.Length > 1)
            {
                throw new InvalidOperationException($"ML.NET normalises U+{(int)from:X4} to '{row.Normalized}'");
            }

            if (row.Normalized != from.ToString())
            {
                changes[from] = row.Normalized.Length == 0 ? null : row.Normalized[0];
            }
        }

        return changes;
    }

    /// <summary>Texts beyond the examples: none of the features, nothing at all, and the letters and digits the normaliser changes (the ones an agent's text can hold).</summary>
    private static IEnumerable<string> Probes(Dictionary<char, char?> normalization)
    {
        yield return string.Empty;
        yield return "zqxj wvkq";
        var changed = normalization.Keys.Where(char.IsLetterOrDigit).ToArray();
        foreach (var chunk in changed.Chunk(6))
        {
            yield return "hola " + new string(chunk) + " cliente";
        }
    }

    /// <summary>"&lt;␂&gt;|a|&lt;␠&gt;" → "\u0002a ": ML.NET writes a control character or a space as its Unicode picture in angle brackets.</summary>
    private static string? Gram(string name)
    {
        var parts = name.Split('|');
        if (parts.Length != 3)
        {
            return null;
        }

        var gram = new char[3];
        for (var i = 0; i < 3; i++)
        {
            var part = parts[i];
            if (part.Length == 1)
            {
                gram[i] = part[0];
            }
            else if (part.Length == 3 && part[0] == '<' && part[2] == '>' && part[1] is >= '\u2400' and <= '\u2420')
            {
                gram[i] = (char)(part[1] - '\u2400');
            }
            else
            {
                return null;
            }
        }

        return new string(gram);
    }

    private static List<string> SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(name => name.ToString())];
    }

    private static int Best(float[] scores) => Array.IndexOf(scores, scores.Max());

    private static LinearIntentScorer? Fail(string difference, out string reason)
    {
        reason = $"it differs from ML.NET on {difference}";
        return null;
    }

    private static LinearIntentScorer Pass(LinearIntentScorer scorer, out string reason)
    {
        reason = string.Empty;
        return scorer;
    }

    private sealed class NormalizedRow
    {
        public string Normalized { get; set; } = string.Empty;
    }
}
