using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// A menu command typed alone ("ayuda", "nueva atencion") or followed by a colon and an argument ("revisar: …"),
/// by the keywords in dialogs/texts/ui.yaml. A sentence that merely mentions a keyword is not a command, except for
/// the commands that take an argument: "revisar hola, buenos días" reviews the draft without needing the colon.
/// </summary>
public static class CommandRecognizer
{
    private static readonly SnapshotMatcher<string> Keywords =
        new(content => content.Ui.Commands.Select(command => (command.Id, command.Keywords.Es.Concat(command.Keywords.En))));

    // Longest command keyword that may lead an argument without a colon ("llamar al supervisor").
    private const int MaxLeadingWords = 3;

    private static readonly char[] ArgumentSeparators = [' ', ':', ',', '-', '\t', '\n', '\r'];

    public static CommandMatch? Recognize(string? text, ContentSnapshot content, IReadOnlySet<string>? argumentCommands = null)
    {
        var matcher = Keywords.For(content);
        if (matcher.TryMatchExactly(text, out var id))
        {
            return new CommandMatch(id, string.Empty);
        }

        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon > 0 && matcher.TryMatchExactly(text![..colon], out var withArgument))
        {
            return new CommandMatch(withArgument, text[(colon + 1)..].Trim());
        }

        return argumentCommands is { Count: > 0 } && text is not null ? LeadingCommand(text, matcher, argumentCommands) : null;
    }

    private static CommandMatch? LeadingCommand(string text, KeywordMatcher<string> matcher, IReadOnlySet<string> argumentCommands)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        for (var words = 1; words <= MaxLeadingWords; words++)
        {
            end = NextWordEnd(trimmed, end);
            if (end < 0)
            {
                return null;
            }

            var rest = trimmed[end..].TrimStart(ArgumentSeparators);
            if (rest.Length > 0 && matcher.TryMatchExactly(trimmed[..end], out var id) && argumentCommands.Contains(id))
            {
                return new CommandMatch(id, rest);
            }
        }

        return null;
    }

    /// <summary>Where the word starting at or after <paramref name="from"/> ends, or -1 when no word remains.</summary>
    private static int NextWordEnd(string text, int from)
    {
        var start = from;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return -1;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }
}
