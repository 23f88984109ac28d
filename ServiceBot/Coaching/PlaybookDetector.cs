using System.Runtime.CompilerServices;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Understanding;

namespace ServiceBot.Coaching;

/// <summary>The difficult-customer guide a free sentence points to ("el cliente está furioso" → angry), by each playbook's triggers.</summary>
public static class PlaybookDetector
{
    // One matcher per content snapshot: built on first use, dropped with the snapshot after a reload.
    private static readonly ConditionalWeakTable<ContentSnapshot, KeywordMatcher<Playbook>> Matchers = [];

    public static Playbook? Detect(string? text, ContentSnapshot content) =>
        Matchers.GetValue(content, Build).TryMatch(text, out var playbook) ? playbook : null;

    private static KeywordMatcher<Playbook> Build(ContentSnapshot content) =>
        new(content.Playbooks.Select(playbook => (playbook, playbook.Triggers.Es.Concat(playbook.Triggers.En))));
}
