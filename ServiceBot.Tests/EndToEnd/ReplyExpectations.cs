using System.Text.RegularExpressions;
using ServiceBot.Localization;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// Checks a turn's replies against a script's expectations. Text keys resolve through the running bot's catalog, and
/// their <c>{placeholders}</c> match anything, so scripts survive wording edits in dialogs/.
/// </summary>
public static class ReplyExpectations
{
    public static void Check(Dictionary<string, string> expectation, IReadOnlyList<BotReply> replies, ScriptContext context, string where)
    {
        var text = expectation.Single().Key == "toSupervisor" ? context.SupervisorText : context.Text;

        var (kind, value) = expectation.Single();
        var ok = kind switch
        {
            // Said as a message, or as a line of the live card (which speaks there instead of posting).
            "text" => replies.Any(r => (r.Text is { } t && Template(text(value)).IsMatch(t)) || r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "textContains" => replies.Any(r => r.Text?.Contains(value, StringComparison.Ordinal) == true),
            "card" => replies.Any(r => r.Kind == BotReplyKind.Sent && r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "inPlace" => replies.Any(r => r.Kind != BotReplyKind.Sent && r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "cardContains" => replies.Any(r => r.VisibleStrings.Any(s => s.Contains(value, StringComparison.Ordinal))),
            "nothingContains" => !replies.Any(r => r.VisibleStrings.Append(r.Text ?? string.Empty).Any(s => s.Contains(value, StringComparison.OrdinalIgnoreCase))),
            "button" => replies.Any(r => r.Buttons.Any(b => b.Verb == value)),
            "toSupervisor" => replies.Any(r => r.ConversationId == ScriptPeople.SupervisorConversationId && r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "toSupervisorContains" => replies.Any(r => r.ConversationId == ScriptPeople.SupervisorConversationId && r.VisibleStrings.Any(s => s.Contains(value, StringComparison.Ordinal))),
            // Every step of the protocol in dialogs/ shows on one card, whatever the wording admins give it.
            "everyProtocolStep" => replies.Any(r => context.ProtocolChecklist.All(label => r.VisibleStrings.Any(s => s.Contains(label, StringComparison.Ordinal)))),
            // The live card: updated in place (or answered to the press), never a new message.
            "live" => replies.Any(r => r.Kind != BotReplyKind.Sent && r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "liveContains" => replies.Any(r => r.Kind != BotReplyKind.Sent && r.VisibleStrings.Any(s => s.Contains(value, StringComparison.Ordinal))),
            "anyCard" => replies.Any(r => r.VisibleStrings.Any(Template(text(value)).IsMatch)),
            "newMessages" => replies.Count(r => r.Kind == BotReplyKind.Sent && r.ConversationId != ScriptPeople.SupervisorConversationId) == int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            "summaryContains" => replies.Any(r => r.Summary?.Contains(value, StringComparison.Ordinal) == true),
            "count" => replies.Count == int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"{where}: unknown expectation '{kind}'"),
        };
        Assert.True(ok, $"{where}: expected {kind} '{value}'{(kind is "text" or "card" or "inPlace" or "toSupervisor" ? $" (\"{text(value)}\")" : string.Empty)} but the bot answered:\n{Describe(replies)}");
    }

    public static string Describe(IEnumerable<BotReply> replies) => string.Join("\n", replies.Select(r =>
        $"  [{r.Kind}{(r.ConversationId == ScriptPeople.SupervisorConversationId ? " to supervisor" : string.Empty)}] {r.Text ?? string.Join(" | ", r.VisibleStrings)}"));

    private static Regex Template(string template)
    {
        var parts = Regex.Split(template, @"\{[A-Za-z]+\}").Select(Regex.Escape);
        return new Regex("^" + string.Join(".*?", parts) + "$", RegexOptions.Singleline);
    }

    public static string TextOf(string key, Language language, ITextCatalog catalog) => catalog.Get(key, language);
}
