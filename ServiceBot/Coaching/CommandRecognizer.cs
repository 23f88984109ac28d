using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Understanding;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public sealed class CommandRecognizer
{
    public static CommandMatch? Recognize(string? text, ContentSnapshot content)
    {
        var matcher = new KeywordMatcher<string>(content.Ui.Commands.Select(c => (c.Id, c.Keywords.Es.Concat(c.Keywords.En))));
        if (matcher.TryMatchExactly(text, out var id))
        {
            return new CommandMatch(id, string.Empty);
        }

        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && matcher.TryMatchExactly(text![..colon], out var withArgument)
            ? new CommandMatch(withArgument, text[(colon + 1)..].Trim())
            : null;
    }
}
