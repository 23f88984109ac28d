using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Web.Studio;

/// <summary>
/// The cards an agent would get from a draft, for the studio's preview: the card that shows the text being edited
/// (a phrase, a playbook step), else the welcome, menu and help cards that carry the interface texts.
/// All the card builders the studio uses are called here, and only here.
/// </summary>
public static class StudioCardPreview
{
    public static IReadOnlyList<StudioPreview> For(ContentSnapshot content, string? file, IReadOnlyList<string>? path)
    {
        ArgumentNullException.ThrowIfNull(content);
        var previews = new List<StudioPreview>();
        if (file is not null && path is { Count: > 0 })
        {
            if (file.StartsWith("phrases/", StringComparison.Ordinal) && path.Count > 1 && content.Phrases.Find(path[1]) is { } phrase)
            {
                previews.Add(Both(content, "phrases", texts => PhrasesCard.Create(texts, phrase.Moment, [phrase])));
            }
            else if (file.StartsWith("playbooks/", StringComparison.Ordinal) && PlaybookStep(content, path) is { } step)
            {
                previews.Add(Both(content, "playbook", texts => PlaybookStepCard.Create(texts, step.Playbook, step.Index)));
            }
        }

        previews.Add(Both(content, "welcome", WelcomeCard.Create));
        previews.Add(Both(content, "menu", MenuCard.Create));
        previews.Add(Both(content, "help", HelpCard.Create));
        return previews;
    }

    private static (Playbook Playbook, int Index)? PlaybookStep(ContentSnapshot content, IReadOnlyList<string> path)
    {
        foreach (var playbook in content.Playbooks)
        {
            var index = path.Count > 1 && path[0] == "steps" ? playbook.Steps.ToList().FindIndex(step => step.Id == path[1]) : -1;
            if (index >= 0)
            {
                return (playbook, index);
            }
        }

        return null;
    }

    private static StudioPreview Both(ContentSnapshot content, string title, Func<CardTexts, JsonObject> create) =>
        new(title, create(new CardTexts(content, Language.Spanish, "es-MX")), create(new CardTexts(content, Language.English, "en-US")));
}
