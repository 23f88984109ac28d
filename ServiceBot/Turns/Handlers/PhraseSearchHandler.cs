using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.MessageExtensions;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// The "frases" search message extension: an agent writing to a customer in any chat searches the courtesy phrases
/// and inserts one. Answered from the in-memory content, well within Teams' five seconds. With nothing typed yet,
/// it offers the greetings.
/// </summary>
public sealed class PhraseSearchHandler(ContentStore content) : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var query = ComposeExtensionQuery.Parse(turn.Activity.Value);
        var phrases = string.IsNullOrWhiteSpace(query.SearchText)
            ? snapshot.Phrases.ByMoment(Moment.Greeting).ToList()
            : PhraseSearch.Find(snapshot, query.SearchText, turn.Language);
        if (phrases.Count == 0)
        {
            turn.InvokeResponse = ComposeExtensionResults.Message(snapshot.Ui.Get(TextKeys.PhraseSearchNoResults, turn.Language));
            return Task.CompletedTask;
        }

        turn.InvokeResponse = ComposeExtensionResults.List(phrases
            .Skip(query.Skip)
            .Take(query.Count)
            .Select(phrase => (phrase.Text.Get(turn.Activity.Locale), snapshot.Ui.Get(MomentTextKeys.For(phrase.Moment), turn.Language))));
        return Task.CompletedTask;
    }
}
