using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Understanding;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public static class PlaybookDetector
{
    public static Playbook? Detect(string? text, ContentSnapshot content) =>
        new KeywordMatcher<Playbook>(content.Playbooks.Select(p => (p, p.Triggers.Es.Concat(p.Triggers.En)))).TryMatch(text, out var playbook)
            ? playbook
            : null;
}
