using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public static class DraftReviewer
{
    public static DraftReview Review(string draft, ContentSnapshot content, Language language, TimeOfDay timeOfDay, Register register) =>
        string.IsNullOrWhiteSpace(draft)
            ? new DraftReview([new DraftFinding("empty", string.Empty, null, null)], string.Empty)
            : new DraftReview([], draft);
}
