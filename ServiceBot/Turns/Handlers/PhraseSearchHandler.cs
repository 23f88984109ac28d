using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.Dialogs;
using ServiceBot.Content;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.MessageExtensions;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// The "frases" search message extension: an agent writing to a customer in any chat searches the courtesy phrases
/// and inserts one. Answered from the in-memory content, well within Teams' five seconds. With nothing typed yet,
/// it offers the greetings. Only phrases for the agent's part of the day (their local time, as the activity gives it)
/// and the content's default register (usted unless <c>dialogs/settings.yaml</c> says otherwise) are offered: the
/// customer in another chat is a stranger to the bot. Gendered words ("yo mismo/misma") follow the agent's setting.
/// </summary>
public sealed class PhraseSearchHandler(ContentStore content, IStateStore state, IOptions<DialogOptions> options, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var query = ComposeExtensionQuery.Parse(turn.Activity.Value);
        var timeOfDay = AgentTimeOfDay.Of(turn.Activity, time.GetUtcNow(), options.Value.DefaultTimeZone, snapshot.Settings);
        var register = snapshot.Settings.DefaultRegister;
        var phrases = string.IsNullOrWhiteSpace(query.SearchText)
            ? PhraseSearch.Greetings(snapshot, timeOfDay, register)
            : PhraseSearch.Find(snapshot, query.SearchText, turn.Language, timeOfDay, register);
        if (phrases.Count == 0)
        {
            turn.InvokeResponse = ComposeExtensionResults.Message(snapshot.Ui.Get(TextKeys.PhraseSearchNoResults, turn.Language));
            return;
        }

        var gender = AgentProfileStore.Read(await state.ReadAsync(AgentProfileStore.KeyFor(turn.Activity), cancellationToken)).Profile.Gender;
        turn.InvokeResponse = ComposeExtensionResults.List(phrases
            .Skip(query.Skip)
            .Take(query.Count)
            .Select(phrase => (GenderedWords.Resolve(phrase.Text.Get(turn.Activity.Locale), gender), snapshot.Ui.Get(MomentTextKeys.For(phrase.Moment), turn.Language))));
    }
}
