using System.Security.Cryptography;
using System.Text;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// What the classifier learns from a content snapshot: the examples in dialogs/understanding/, plus the command
/// keywords, playbook triggers and mood words (each one an example of its intent), normalised and in a stable order.
/// Its <see cref="Fingerprint"/> names the set, so the same examples are never trained twice.
/// </summary>
public sealed class TrainingSet
{
    // Part of the fingerprint: a change to the featurisation or the trainer must not reuse an older model.
    private const string RecipeVersion = "intent-classifier-5";

    private TrainingSet(TrainingExample[] examples)
    {
        Examples = examples;
        Fingerprint = Hash(examples);
    }

    public IReadOnlyList<TrainingExample> Examples { get; }

    public string Fingerprint { get; }

    /// <summary>A set of examples already normalised (a fold of a cross-validation, a benchmark's own).</summary>
    public static TrainingSet Of(IEnumerable<TrainingExample> examples) => new([.. examples]);

    public static TrainingSet From(ContentSnapshot content)
    {
        var understanding = content.Understanding;
        var collected = new ExampleCollector();
        void Add(Intent intent, LocalizedKeywords? words)
        {
            if (words is not null)
            {
                collected.Add(intent, words.Es);
                collected.Add(intent, words.En);
            }
        }

        foreach (var command in content.Ui.Commands)
        {
            Add(Intent.Command(command.Id), command.Keywords);
            Add(Intent.Command(command.Id), understanding.Commands.GetValueOrDefault(command.Id));
        }

        foreach (var playbook in content.Playbooks)
        {
            Add(Intent.Playbook(playbook.Id), playbook.Triggers);
            Add(Intent.Playbook(playbook.Id), understanding.Playbooks.GetValueOrDefault(playbook.Id));
        }

        foreach (var (temperament, words) in content.Ui.Temperaments)
        {
            Add(Intent.Mood(temperament), words);
        }

        foreach (var (temperament, examples) in understanding.Moods)
        {
            Add(Intent.Mood(temperament), examples);
        }

        foreach (var (channel, examples) in understanding.Channels)
        {
            Add(Intent.ChannelOf(channel), examples);
        }

        foreach (var (answer, examples) in understanding.Answers)
        {
            Add(Intent.Answer(answer), examples);
        }

        Add(Intent.Arrival, understanding.Arrival);
        Add(Intent.Draft, understanding.Drafts);
        Add(Intent.Other, understanding.Other);

        return new TrainingSet(collected.Ordered());
    }

    /// <summary>
    /// The examples normalised, without empty or repeated ones, by intent (as spelled) then text. Loops and sorted
    /// strings rather than LINQ over <see cref="TrainingExample"/>: that value type's LINQ is code ReadyToRun cannot
    /// compile ahead, so the JIT compiled it before the port opened at every start (docs/performance-history.md "Turn cost", sixth pass).
    /// </summary>
    private sealed class ExampleCollector
    {
        private readonly List<string> _keys = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private TrainingExample[] _examples = new TrainingExample[64];

        public void Add(Intent intent, IEnumerable<string> texts)
        {
            var spelled = intent.ToString();
            foreach (var text in texts)
            {
                var normalized = TextNormalizer.Normalize(text);
                if (normalized.Length == 0 || !_seen.Add($"{(int)intent.Kind}\0{spelled}\0{normalized}"))
                {
                    continue;
                }

                var count = _keys.Count;
                if (count == _examples.Length)
                {
                    var larger = new TrainingExample[count * 2];
                    Array.Copy(_examples, larger, count);
                    _examples = larger;
                }

                // NUL sorts before any character of a normalised text or an intent's name, so the keys sort by intent,
                // then text; the position last keeps two intents spelled alike in the order they came, as a stable sort.
                _examples[count] = new TrainingExample(intent, normalized);
                _keys.Add($"{spelled}\0{normalized}\0{count:D10}");
            }
        }

        public TrainingExample[] Ordered()
        {
            var keys = _keys.ToArray();
            var positions = new int[keys.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = i;
            }

            Array.Sort(keys, positions, StringComparer.Ordinal);
            var ordered = new TrainingExample[positions.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                ordered[i] = _examples[positions[i]];
            }

            return ordered;
        }
    }

    private static string Hash(TrainingExample[] examples)
    {
        var text = new StringBuilder(RecipeVersion).Append('\n');
        foreach (var example in examples)
        {
            text.Append(example.Intent).Append('\t').Append(example.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
