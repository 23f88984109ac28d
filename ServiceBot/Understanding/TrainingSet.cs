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

    private TrainingSet(IReadOnlyList<TrainingExample> examples)
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
        var sources = new List<(Intent Intent, IEnumerable<string> Texts)>();
        void Add(Intent intent, LocalizedKeywords? words)
        {
            if (words is not null)
            {
                sources.Add((intent, words.Es.Concat(words.En)));
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

        var all = sources
            .SelectMany(source => source.Texts.Select(text => new TrainingExample(source.Intent, TextNormalizer.Normalize(text))))
            .Where(example => example.Text.Length > 0)
            .Distinct()
            .OrderBy(example => example.Intent.ToString(), StringComparer.Ordinal)
            .ThenBy(example => example.Text, StringComparer.Ordinal)
            .ToList();
        return new TrainingSet(all);
    }

    private static string Hash(IReadOnlyList<TrainingExample> examples)
    {
        var text = new StringBuilder(RecipeVersion).Append('\n');
        foreach (var example in examples)
        {
            text.Append(example.Intent).Append('\t').Append(example.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
