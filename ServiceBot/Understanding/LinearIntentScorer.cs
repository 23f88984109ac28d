using System.Buffers;
using System.Runtime.InteropServices;

namespace ServiceBot.Understanding;

/// <summary>
/// The trained classifier's scoring without ML.NET: the same features (ML.NET's text normalisation as a per-character
/// map, the character 3-grams of the text between a start and an end marker, and the words, each counted, each group
/// L2-normalised) into the same linear model (a weight per feature and intent, a bias per intent) and softmax.
/// Exported from a trained ML.NET model (<see cref="IntentScorerExport"/>) and kept only when it gives ML.NET's
/// probabilities on every sentence it was checked on; loading it costs a few milliseconds where ML.NET's model load
/// and first prediction cost most of a second of CPU at start.
/// </summary>
public sealed class LinearIntentScorer
{
    public const char StartMarker = '\u0002';
    public const char EndMarker = '\u0003';

    private const string Format = "ServiceBot linear intent scorer 1";
    private const char Removed = '\uffff';

    private readonly Dictionary<char, char> _normalization;
    private readonly SearchValues<char> _changed;
    private readonly Dictionary<ulong, int> _charGrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int> _wordIndex;
    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <param name="intents">The intents' names, in the order of the scores.</param>
    /// <param name="normalization">Characters ML.NET's normaliser changes, to what (<c>null</c>: removed).</param>
    /// <param name="charGrams">The character 3-grams known, in feature order (markers included).</param>
    /// <param name="words">The words known, in feature order (after the 3-grams).</param>
    /// <param name="weights">Feature-major: the weight of feature f for intent i at f × intents + i.</param>
    public LinearIntentScorer(IReadOnlyList<string> intents, IReadOnlyDictionary<char, char?> normalization, IReadOnlyList<string> charGrams, IReadOnlyList<string> words, float[] weights, float[] biases)
    {
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(normalization);
        ArgumentNullException.ThrowIfNull(charGrams);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (biases.Length != intents.Count || weights.Length != (charGrams.Count + words.Count) * intents.Count)
        {
            throw new InvalidDataException($"{weights.Length} weights and {biases.Length} biases do not fit {charGrams.Count + words.Count} features and {intents.Count} intents");
        }

        Intents = intents;
        _normalization = normalization.ToDictionary(pair => pair.Key, pair => pair.Value ?? Removed);
        _changed = SearchValues.Create([.. _normalization.Keys]);
        _charGrams = new Dictionary<ulong, int>(charGrams.Count);
        for (var i = 0; i < charGrams.Count; i++)
        {
            if (charGrams[i].Length != 3 || !_charGrams.TryAdd(Gram(charGrams[i][0], charGrams[i][1], charGrams[i][2]), i))
            {
                throw new InvalidDataException($"'{charGrams[i]}' is not a character 3-gram, or appears twice");
            }
        }

        _wordIndex = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_wordIndex.TryAdd(words[i], charGrams.Count + i))
            {
                throw new InvalidDataException($"the word '{words[i]}' appears twice");
            }
        }

        _words = _wordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _weights = weights;
        _biases = biases;
        CharGrams = charGrams;
        Words = words;
        Normalization = normalization;
    }

    public IReadOnlyList<string> Intents { get; }

    public IReadOnlyDictionary<char, char?> Normalization { get; }

    public IReadOnlyList<string> CharGrams { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Each intent's probability, in the order of <see cref="Intents"/>; <paramref name="text"/> as <see cref="ClassifierText.Prepare"/> makes it.</summary>
    public float[] Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        var counts = new Dictionary<int, float>();
        var charNorm = CountCharGrams(normalized, counts);
        var wordNorm = CountWords(normalized, counts);
        var intents = _biases.Length;
        var scores = new double[intents];
        for (var i = 0; i < intents; i++)
        {
            scores[i] = _biases[i];
        }

        foreach (var (feature, count) in counts)
        {
            var value = count / (feature < CharGrams.Count ? charNorm : wordNorm);
            var row = _weights.AsSpan(feature * intents, intents);
            for (var i = 0; i < intents; i++)
            {
                scores[i] += value * row[i];
            }
        }

        return Softmax(scores);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Format);
        writer.Write(Intents.Count);
        foreach (var intent in Intents)
        {
            writer.Write(intent);
        }

        writer.Write(Normalization.Count);
        foreach (var (from, to) in Normalization)
        {
            writer.Write((ushort)from);
            writer.Write((ushort)(to ?? Removed));
        }

        writer.Write(CharGrams.Count);
        foreach (var gram in CharGrams)
        {
            foreach (var c in gram)
            {
                writer.Write((ushort)c);
            }
        }

        writer.Write(Words.Count);
        foreach (var word in Words)
        {
            writer.Write(word);
        }

        writer.Write(MemoryMarshal.AsBytes(_biases.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> (or <see cref="EndOfStreamException"/>) otherwise.</summary>
    public static LinearIntentScorer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Format)
        {
            throw new InvalidDataException("not a linear intent scorer");
        }

        var intents = new string[Count(reader)];
        for (var i = 0; i < intents.Length; i++)
        {
            intents[i] = reader.ReadString();
        }

        var normalization = new Dictionary<char, char?>();
        for (var i = Count(reader); i > 0; i--)
        {
            var from = (char)reader.ReadUInt16();
            var to = (char)reader.ReadUInt16();
            normalization[from] = to == Removed ? null : to;
        }

        var grams = new string[Count(reader)];
        for (var i = 0; i < grams.Length; i++)
        {
            grams[i] = new string([(char)reader.ReadUInt16(), (char)reader.ReadUInt16(), (char)reader.ReadUInt16()]);
        }

        var words = new string[Count(reader)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        var biases = Floats(reader, intents.Length);
        var weights = Floats(reader, (grams.Length + words.Length) * intents.Length);
        return new LinearIntentScorer(intents, normalization, grams, words, weights, biases);
    }

    private string Normalize(string text)
    {
        if (!text.AsSpan().ContainsAny(_changed))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!_normalization.TryGetValue(c, out var to))
            {
                builder.Append(c);
            }
            else if (to != Removed)
            {
                builder.Append(to);
            }
        }

        return builder.ToString();
    }

    /// <summary>Counts the known 3-grams of the text between the markers; returns their L2 norm.</summary>
    private double CountCharGrams(string text, Dictionary<int, float> counts)
    {
        if (text.Length == 0)
        {
            return 1;
        }

        var squares = 0.0;
        char Token(int i) => i == 0 ? StartMarker : i == text.Length + 1 ? EndMarker : text[i - 1];
        for (var i = 0; i + 2 < text.Length + 2; i++)
        {
            if (_charGrams.TryGetValue(Gram(Token(i), Token(i + 1), Token(i + 2)), out var feature))
            {
                squares += Increment(counts, feature);
            }
        }

        return squares > 0 ? Math.Sqrt(squares) : 1;
    }

    /// <summary>Counts the known words (split at spaces, as ML.NET's word tokenizer does); returns their L2 norm.</summary>
    private double CountWords(string text, Dictionary<int, float> counts)
    {
        var squares = 0.0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (!word.IsEmpty && _words.TryGetValue(word, out var feature))
            {
                squares += Increment(counts, feature);
            }
        }

        return squares > 0 ? Math.Sqrt(squares) : 1;
    }

    /// <summary>Adds one to the feature's count; returns how much its square grew.</summary>
    private static double Increment(Dictionary<int, float> counts, int feature)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out _);
        count++;
        return (2 * count) - 1;
    }

    private static float[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            sum += scores[i];
        }

        var probabilities = new float[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            probabilities[i] = (float)(scores[i] / sum);
        }

        return probabilities;
    }

    private static ulong Gram(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 10_000_000 ? count : throw new InvalidDataException($"a count of {count}");
    }

    private static float[] Floats(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new EndOfStreamException("the scorer's weights are cut short");
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
