using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>"What kind of customer is it?": one button per difficult-customer playbook, numbered so typing the number works too.</summary>
public static class PlaybookChooserCard
{
    public static JsonObject Create(CardTexts texts)
    {
        var buttons = texts.Content.Playbooks
            .Select((p, i) => CardActions.Submit($"{i + 1}. {texts.Of(p.Title)}", CoachingVerbs.StartPlaybook, ("playbook", p.Id)))
            .Chunk(3)
            .Select(row => (JsonNode)CardActions.Set(row));
        return AdaptiveCards.Card([AdaptiveCards.Title(texts[TextKeys.PlaybookChoose]), .. buttons]);
    }
}
