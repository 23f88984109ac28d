using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Turns;
using ServiceBot.Understanding;

namespace ServiceBot.Feedback;

/// <summary>
/// "encuesta para Carlos Ruiz" typed by the agent in a 1:1 chat with the bot: the person is looked up by name in the
/// roster and among the people the bot has seen, and, when exactly one matches, the survey of the agent's newest ended
/// service goes to that person's 1:1 chat with the bot, as "Enviar por Teams" on the choice card does.
/// </summary>
public sealed class SurveyForPersonHandler(
    SurveyHandOff handOff,
    SurveyPersonSender sender,
    IRosterStore roster,
    ISeenPeopleDirectory seenPeople,
    ContentStore content) : ITurnHandler
{
    private const int MostShown = 5;

    private static readonly string[][] CommandWords = [["encuesta", "para"], ["survey", "for"]];

    public static bool Handles(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Value is null && turn.Activity.Conversation?.ConversationType is "personal" && NameIn(turn.Text) is not null;
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.TextsFrom(content);
        var name = NameIn(turn.Text)!;
        var matches = await MatchesAsync(turn, name, cancellationToken);
        if (matches.Count != 1)
        {
            var reply = matches.Count == 0
                ? texts.Fill(FeedbackTextKeys.PersonNotFound, ("name", name))
                : texts.Fill(FeedbackTextKeys.PersonAmbiguous, ("name", name), ("names", string.Join(", ", matches.Take(MostShown).Select(m => m.Name))));
            await turn.SendActivityAsync(Activity.CreateMessage(reply), cancellationToken);
            return;
        }

        var session = await handOff.LastEndedAsync(turn, conversationId: null, cancellationToken);
        if (session is null)
        {
            await turn.SendActivityAsync(Activity.CreateMessage(texts[FeedbackTextKeys.OfferNoService]), cancellationToken);
            return;
        }

        var issue = await sender.SendAsync(turn, session.Id, matches[0].ObjectId, matches[0].Name, cancellationToken);
        await SurveyCardHandler.AnswerPersonIssueAsync(turn, texts, session.Id, issue, cancellationToken);
    }

    /// <summary>The name after "encuesta para" / "survey for", as typed; null for any other text.</summary>
    internal static string? NameIn(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 3)
        {
            return null;
        }

        var command = TextNormalizer.Words(string.Join(' ', words.Take(2)));
        return CommandWords.Any(expected => command.SequenceEqual(expected)) ? string.Join(' ', words.Skip(2)) : null;
    }

    /// <summary>
    /// The people whose name contains what was typed (ignoring case and accents), by Entra object id: the roster's
    /// names first, then the names the bot has seen. An exact name wins over names that merely contain it.
    /// </summary>
    private async Task<IReadOnlyList<(string ObjectId, string Name)>> MatchesAsync(TurnContext turn, string typed, CancellationToken cancellationToken)
    {
        var wanted = TextNormalizer.Normalize(typed);
        var tenant = turn.Activity.Conversation?.TenantId;
        var rostered = (await roster.GetAsync(cancellationToken)).People
            .Where(person => person.DisplayName is { } name && TextNormalizer.Normalize(name).Contains(wanted, StringComparison.Ordinal) &&
                             string.Equals(person.Key.TenantIdText, tenant, StringComparison.OrdinalIgnoreCase))
            .Select(person => (ObjectId: person.Key.ObjectIdText, Name: person.DisplayName!));
        var seen = (await seenPeople.FindAsync(typed, MostShown * 2, cancellationToken))
            .Where(person => person.Name is not null && (person.Key is null || string.Equals(person.Key.Value.TenantIdText, tenant, StringComparison.OrdinalIgnoreCase)))
            .Select(person => (ObjectId: person.ObjectId, Name: person.Name!));
        var all = rostered.Concat(seen).DistinctBy(match => match.ObjectId, StringComparer.OrdinalIgnoreCase).ToList();
        var exact = all.Where(match => TextNormalizer.Normalize(match.Name) == wanted).ToList();
        return exact.Count == 1 ? exact : all;
    }
}
