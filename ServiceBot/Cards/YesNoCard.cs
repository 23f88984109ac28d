using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>A yes/no question; typing the answer works as well as tapping.</summary>
public static class YesNoCard
{
    public static JsonObject Create(CardTexts texts, string question) => AdaptiveCards.Card(
        [AdaptiveCards.Text(question)],
        [
            CardActions.Submit(texts[TextKeys.PromptYes], CoachingVerbs.Answer, ("answer", "yes")),
            CardActions.Submit(texts[TextKeys.PromptNo], CoachingVerbs.Answer, ("answer", "no")),
        ]);
}
