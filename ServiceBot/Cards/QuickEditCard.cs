using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>One option of a quick-edit list: the value sent back and the words shown.</summary>
public sealed record QuickEditChoice(string Value, string Title);

/// <summary>What the edit card shows: the text being edited in both languages, the revision it started from, and any check's outcome.</summary>
public sealed record QuickEditForm(string Title, string Item, long Parent, string Es, string En)
{
    /// <summary>The agent's card with the edited text, shown under "Así lo verá el agente".</summary>
    public IReadOnlyList<JsonNode>? Preview { get; init; }

    /// <summary>The other language's edited text, shown under the preview.</summary>
    public string? OtherLanguage { get; init; }

    /// <summary>Problems to fix (the validator's messages, an empty text…); none after a clean check.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>True when the draft was checked and had no errors.</summary>
    public bool Checked { get; init; }
}

/// <summary>
/// An admin's quick edit from the chat ("editar frase"): pick the moment or the guide, then the phrase or the step,
/// edit its Spanish and English text, preview it as an agent will see it, and publish it as a new content revision.
/// Every step answers in place (Action.Execute, with an Action.Submit fallback).
/// </summary>
public static class QuickEditCard
{
    public const string OpenVerb = "quickEdit.open";
    public const string GroupVerb = "quickEdit.group";
    public const string ItemVerb = "quickEdit.item";
    public const string PreviewVerb = "quickEdit.preview";
    public const string PublishVerb = "quickEdit.publish";
    public const string CancelVerb = "quickEdit.cancel";

    public const string GroupInput = "group";
    public const string ItemInput = "item";
    public const string ParentKey = "parent";
    public const string SpanishInput = "es";
    public const string EnglishInput = "en";

    /// <summary>The longest text one phrase or step may have.</summary>
    public const int MaxTextLength = 600;

    public static readonly IReadOnlyList<string> Verbs = [OpenVerb, GroupVerb, ItemVerb, PreviewVerb, PublishVerb, CancelVerb];

    public static JsonObject PickGroup(Language language, IReadOnlyList<QuickEditChoice> groups) => AdaptiveCards.Card(
        [
            AdaptiveCards.Title(T(language, "title")),
            Choices(GroupInput, T(language, "pickGroup"), groups),
        ],
        [CardActions.Execute(T(language, "next"), GroupVerb), Cancel(language)]);

    public static JsonObject PickItem(Language language, string groupTitle, bool steps, IReadOnlyList<QuickEditChoice> items) => AdaptiveCards.Card(
        [
            AdaptiveCards.Title(groupTitle),
            Choices(ItemInput, T(language, steps ? "pickStep" : "pickPhrase"), items),
        ],
        [CardActions.Execute(T(language, "edit"), ItemVerb), Cancel(language)]);

    public static JsonObject Edit(Language language, QuickEditForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var body = new List<JsonNode>
        {
            AdaptiveCards.Title(form.Title),
            AdaptiveCards.Text(T(language, "editHint"), subtle: true),
            TextInput(SpanishInput, T(language, "spanish"), form.Es),
            TextInput(EnglishInput, T(language, "english"), form.En),
        };
        if (form.Problems.Count > 0)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "attention",
                ["items"] = new JsonArray([.. form.Problems.Select(problem => (JsonNode)AdaptiveCards.Text(problem))]),
            });
        }
        else if (form.Checked)
        {
            body.Add(AdaptiveCards.Text("✅ " + T(language, "valid")));
        }

        if (form.Preview is { Count: > 0 } preview)
        {
            body.Add(AdaptiveCards.Text(T(language, "previewTitle"), subtle: true));
            var items = new JsonArray([.. preview.Select(node => node.DeepClone())]);
            if (form.OtherLanguage is { } other)
            {
                items.Add(AdaptiveCards.Text(Fill(language, "otherLanguage", other), subtle: true));
            }

            body.Add(new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["items"] = items });
        }

        var data = new[] { (ItemInput, form.Item), (ParentKey, form.Parent.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        return AdaptiveCards.Card(body,
        [
            CardActions.Execute(T(language, "preview"), PreviewVerb, data),
            CardActions.Execute(T(language, "publish"), PublishVerb, data),
        ]);
    }

    public static JsonObject Published(Language language, long revision) => AdaptiveCards.Card(
        [AdaptiveCards.Text("✅ " + Fill(language, "published", revision))],
        [CardActions.Execute(T(language, "editAnother"), OpenVerb)]);

    public static JsonObject Conflict(Language language, long? live, string item) => AdaptiveCards.Card(
        [AdaptiveCards.Text("⚠️ " + Fill(language, "conflict", live?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"))],
        [CardActions.Execute(T(language, "editAgain"), ItemVerb, (ItemInput, item))]);

    /// <summary>A short answer with the way to start again: cancelled, gone, nothing published.</summary>
    public static JsonObject Notice(Language language, string key) => AdaptiveCards.Card(
        [AdaptiveCards.Text(T(language, key))],
        [CardActions.Execute(T(language, "editAnother"), OpenVerb)]);

    /// <summary>The phrases card an agent gets, showing only this phrase, without its buttons.</summary>
    public static IReadOnlyList<JsonNode> PreviewPhrase(CardTexts texts, Phrase phrase) => BodyOf(PhrasesCard.Create(texts, phrase.Moment, [phrase], phrase.Register));

    /// <summary>The playbook step card an agent gets, without its buttons.</summary>
    public static IReadOnlyList<JsonNode> PreviewStep(CardTexts texts, Playbook playbook, int index) => BodyOf(PlaybookStepCard.Create(texts, playbook, index));

    public static string T(Language language, string key) => QuickEditCardTexts.Get(language, key);

    private static string Fill(Language language, string key, object value) => QuickEditCardTexts.Fill(language, key, value);

    private static JsonObject Cancel(Language language) => CardActions.Execute(T(language, "cancel"), CancelVerb);

    private static JsonObject Choices(string id, string label, IReadOnlyList<QuickEditChoice> choices) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = "compact",
        ["wrap"] = true,
        ["value"] = choices.Count > 0 ? choices[0].Value : null,
        ["choices"] = new JsonArray([.. choices.Select(choice => (JsonNode)new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value })]),
    };

    private static JsonObject TextInput(string id, string label, string value) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value,
        ["isMultiline"] = true,
        ["maxLength"] = MaxTextLength,
    };

    private static List<JsonNode> BodyOf(JsonObject card) =>
        card["body"] is JsonArray body
            ? [.. body.Where(node => node is not JsonObject { } element || element["type"]?.GetValue<string>() != "ActionSet").Select(node => node!.DeepClone())]
            : [];
}
