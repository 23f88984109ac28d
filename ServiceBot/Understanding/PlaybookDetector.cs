using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>The difficult-customer guide a free sentence points to ("el cliente está furioso" → angry), by each playbook's triggers.</summary>
public static class PlaybookDetector
{
    private static readonly SnapshotMatcher<Playbook> Triggers =
        new(content => content.Playbooks.Select(playbook => (playbook, playbook.Triggers.Es.Concat(playbook.Triggers.En))));

    private static readonly SnapshotMatcher<Playbook> Names =
        new(content => content.Playbooks.Select(playbook => (playbook, (IEnumerable<string>)[playbook.Title.Es, playbook.Title.En, playbook.Id])));

    public static Playbook? Detect(string? text, ContentSnapshot content) =>
        Triggers.For(content).TryMatch(text, out var playbook) ? playbook : null;

    /// <summary>The guide whose title or id the text names ("cliente impaciente", "angry").</summary>
    public static Playbook? DetectByName(string? text, ContentSnapshot content) =>
        Names.For(content).TryMatch(text, out var playbook) ? playbook : null;
}
