using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Turns;
using CardAction = ServiceBot.Turns.CardAction;

namespace ServiceBot.Admin;

/// <summary>
/// Quick edits in Teams: an admin types "editar frase" (or presses a quick-edit button), picks the moment or guide and
/// the phrase or step, edits its Spanish and English text, previews it, and publishes it as a new content revision
/// with the same checks as the studio: the validator's errors are shown and nothing is published, and a draft whose
/// parent is no longer live is refused (someone else published first). Who may edit is read from the roster's admins
/// (the activity's verified Entra identity), never from the card; everyone else is told plainly they cannot.
/// </summary>
public sealed class QuickEditHandler(
    IRosterStore roster,
    IContentRevisionStore revisions,
    ContentPublisher publisher,
    ContentLoader loader,
    ContentStore content,
    ILogger<QuickEditHandler> logger) : ITurnHandler
{
    private const int MaxErrorsShown = 4;

    public static bool Handles(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return CardAction.GetVerb(turn.Activity) is { } verb
            ? QuickEditCard.Verbs.Contains(verb)
            : turn.Activity.IsType(ActivityTypes.Message) && turn.Activity.Value is null && QuickEditCommand.Matches(turn.Text);
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var person = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        if (person is not { } admin || !await roster.IsAdminAsync(admin, cancellationToken))
        {
            AdminLog.QuickEditRefused(logger, person);
            await AnswerTextAsync(turn, QuickEditCard.T(language, "notAdmin"), cancellationToken);
            return;
        }

        var data = CardAction.GetData(turn.Activity);
        var card = CardAction.GetVerb(turn.Activity) switch
        {
            QuickEditCard.GroupVerb => PickItem(language, String(data, QuickEditCard.GroupInput)),
            QuickEditCard.ItemVerb => await EditAsync(language, QuickEditTarget.Parse(String(data, QuickEditCard.ItemInput)), cancellationToken),
            QuickEditCard.PreviewVerb => await CheckAsync(turn, language, data, publish: false, cancellationToken),
            QuickEditCard.PublishVerb => await CheckAsync(turn, language, data, publish: true, cancellationToken),
            QuickEditCard.CancelVerb => QuickEditCard.Notice(language, "cancelled"),
            _ => QuickEditCard.PickGroup(language, QuickEditCatalog.Groups(content.Current, language)),
        };
        await AnswerCardAsync(turn, card, cancellationToken);
    }

    private JsonObject PickItem(Language language, string? group) =>
        QuickEditCatalog.Items(content.Current, language, group) is { } items
            ? QuickEditCard.PickItem(language, items.Title, items.Steps, items.Items)
            : QuickEditCard.PickGroup(language, QuickEditCatalog.Groups(content.Current, language));

    private async Task<JsonObject> EditAsync(Language language, QuickEditTarget? target, CancellationToken cancellationToken)
    {
        if (await publisher.GetLiveAsync(cancellationToken) is not { } live)
        {
            return QuickEditCard.Notice(language, "noContent");
        }

        if (target is null || target.Find(live.Files) is not { } found)
        {
            return QuickEditCard.Notice(language, "gone");
        }

        var (title, _) = QuickEditCatalog.Describe(content.Current, language, target, found.Es, found.En);
        return QuickEditCard.Edit(language, new QuickEditForm(title, target.Value, live.Id, found.Es, found.En));
    }

    /// <summary>Preview (the draft checked, the agent's card shown) or publish (the same, then a new revision goes live).</summary>
    private async Task<JsonObject> CheckAsync(TurnContext turn, Language language, JsonElement? data, bool publish, CancellationToken cancellationToken)
    {
        var target = QuickEditTarget.Parse(String(data, QuickEditCard.ItemInput));
        var es = (String(data, QuickEditCard.SpanishInput) ?? string.Empty).Trim();
        var en = (String(data, QuickEditCard.EnglishInput) ?? string.Empty).Trim();
        if (target is null || !long.TryParse(String(data, QuickEditCard.ParentKey), NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            || await revisions.GetFilesAsync(parent, cancellationToken) is not { } files || target.Find(files) is not { } found)
        {
            return QuickEditCard.Notice(language, "gone");
        }

        var (title, _) = QuickEditCatalog.Describe(content.Current, language, target, found.Es, found.En);
        var form = new QuickEditForm(title, target.Value, parent, es, en);
        var problems = new List<string>();
        if (es.Length == 0 || en.Length == 0)
        {
            problems.Add(QuickEditCard.T(language, "empty"));
        }
        else if (es.Length > QuickEditCard.MaxTextLength || en.Length > QuickEditCard.MaxTextLength)
        {
            problems.Add(QuickEditCardTexts.Fill(language, "tooLong", QuickEditCard.MaxTextLength));
        }
        else if (publish && es == found.Es && en == found.En)
        {
            problems.Add(QuickEditCard.T(language, "unchanged"));
        }

        if (problems.Count > 0)
        {
            return QuickEditCard.Edit(language, form with { Problems = problems });
        }

        var draft = target.With(files, found.File, es, en);
        if (!publish)
        {
            var result = await loader.ValidateAsync(draft, cancellationToken);
            var snapshot = result.Snapshot ?? content.Current;
            var (_, preview) = QuickEditCatalog.Describe(snapshot, language, target, es, en);
            return QuickEditCard.Edit(language, form with
            {
                Preview = preview,
                OtherLanguage = language == Language.English ? es : en,
                Problems = Errors(language, result.Errors),
                Checked = true,
            });
        }

        try
        {
            var author = $"{turn.Activity.From?.Name ?? "admin"} ({turn.Activity.From?.AadObjectId})";
            var summary = target.IsStep ? $"Quick edit in Teams: step {target.PlaybookId}/{target.Id}" : $"Quick edit in Teams: phrase {target.Id}";
            var published = await publisher.SaveAndPublishAsync(new NewContentRevision(draft, parent, author, summary, ContentOrigin.Teams), cancellationToken);
            AdminLog.QuickEditPublished(logger, published.Id, target.Value);
            return QuickEditCard.Published(language, published.Id);
        }
        catch (ContentRevisionInvalidException ex)
        {
            return QuickEditCard.Edit(language, form with { Problems = Errors(language, ex.Errors) });
        }
        catch (ContentRevisionConflictException ex)
        {
            AdminLog.QuickEditConflict(logger, parent, ex.Live);
            return QuickEditCard.Conflict(language, ex.Live, target.Value);
        }
    }

    /// <summary>The validator's messages as <c>content validate</c> prints them (file:line:column), the first few.</summary>
    private static List<string> Errors(Language language, IReadOnlyList<ContentError> errors)
    {
        if (errors.Count == 0)
        {
            return [];
        }

        var lines = new List<string> { QuickEditCard.T(language, "invalid") };
        lines.AddRange(errors.Take(MaxErrorsShown).Select(error => error.Format()));
        if (errors.Count > MaxErrorsShown)
        {
            lines.Add(QuickEditCardTexts.Fill(language, "moreErrors", errors.Count - MaxErrorsShown));
        }

        return lines;
    }

    private static string? String(JsonElement? data, string name) =>
        data is { } d && d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task AnswerCardAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
            return;
        }

        await turn.SendActivityAsync(AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale }, cancellationToken);
    }

    private static async Task AnswerTextAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Message(text);
            return;
        }

        await turn.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
    }
}
