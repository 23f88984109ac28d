using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The first contact: what ServiceBot does, why good service matters (the service-profit chain), and the menu.</summary>
public static class WelcomeCard
{
    public static JsonObject Create(CardTexts texts)
    {
        var chain = texts.Content.Foundations.Where(f => f.Group == FoundationGroup.ServiceProfitChain).OrderBy(f => f.Order).Select(f => texts.Of(f.Title)).ToList();
        var body = new List<JsonNode> { AdaptiveCards.Title(texts[TextKeys.WelcomeTitle]), AdaptiveCards.Text(texts[TextKeys.WelcomeBody]) };
        if (chain.Count > 0)
        {
            body.Add(AdaptiveCards.Text($"ℹ️ {texts[TextKeys.WelcomeChain]} {string.Join(" → ", chain)}", subtle: true));
        }

        body.AddRange(MenuActions.Rows(texts));
        return AdaptiveCards.Card(body, MenuActions.Overflow(texts));
    }
}
