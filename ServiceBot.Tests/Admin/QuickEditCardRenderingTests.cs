using System.Text.Json.Nodes;
using ServiceBot.Admin;
using ServiceBot.Cards;
using ServiceBot.Localization;
using ServiceBot.Tests.Browser;
using ServiceBot.Tests.Fixtures;
using Xunit.Abstractions;

namespace ServiceBot.Tests.Admin;

/// <summary>
/// The quick-edit cards as Teams would show them on a phone (360 px) with the official Adaptive Cards renderer in
/// Chromium, in Spanish and English: no text or button title may be cut. Screenshots at 360 px are left in the
/// test's artifacts folder.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class QuickEditCardRenderingTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task EveryQuickEditCard_ShowsAllItsTextAtPhoneWidth()
    {
        var cards = Language.Spanish is var es ? Cards(es).Concat(Cards(Language.English)).ToList() : [];
        var folder = TestArtifacts.FolderFor(GetType());
        await using var renderer = await CardRenderer.OpenAsync(browser);

        var phone = await renderer.RenderAsync(cards, ScriptedCardRenderingTests.PhoneWidth, folder);

        var report = string.Join('\n', phone.Select(r => $"{r.Name}: {r.Height} px{string.Concat(r.Clipped.Select(c => $"; cut {c}"))}{string.Concat(r.Errors.Select(e => $"; renderer says {e}"))}"));
        output.WriteLine($"Screenshots in {folder}\n{report}");
        Assert.Equal(cards.Count, phone.Count);
        Assert.True(phone.All(r => r.Clipped.Count == 0 && r.Errors.Count == 0), report);
    }

    private static IEnumerable<NamedCard> Cards(Language language)
    {
        var content = RealContent.Current;
        var code = language == Language.English ? "en" : "es";
        var greeting = QuickEditCatalog.Items(content, language, "moment:Greeting")!.Value;
        var phrase = content.Phrases.Find("greeting-morning-1")!;
        var target = QuickEditTarget.Phrase(phrase.Id);
        var (title, preview) = QuickEditCatalog.Describe(content, language, target, "¡Buenos días! ¿En qué le puedo ayudar hoy?", "Good morning! How can I help you today?");
        var step = QuickEditTarget.Step("angry", "angry-hear");
        var angry = content.PlaybooksById["angry"].Steps[0];
        var (stepTitle, stepPreview) = QuickEditCatalog.Describe(content, language, step, angry.Do.Es, angry.Do.En);
        yield return new($"pick-group.{code}", QuickEditCard.PickGroup(language, QuickEditCatalog.Groups(content, language)));
        yield return new($"pick-phrase.{code}", QuickEditCard.PickItem(language, greeting.Title, greeting.Steps, greeting.Items));
        yield return new($"edit-phrase.{code}", QuickEditCard.Edit(language, new QuickEditForm(title, target.Value, 12, phrase.Text.Es, phrase.Text.En)));
        yield return new($"preview-phrase.{code}", QuickEditCard.Edit(language, new QuickEditForm(title, target.Value, 12, "¡Buenos días! ¿En qué le puedo ayudar hoy?", "Good morning! How can I help you today?")
        {
            Preview = preview,
            OtherLanguage = language == Language.English ? "¡Buenos días! ¿En qué le puedo ayudar hoy?" : "Good morning! How can I help you today?",
            Checked = true,
        }));
        yield return new($"preview-step.{code}", QuickEditCard.Edit(language, new QuickEditForm(stepTitle, step.Value, 12, angry.Do.Es, angry.Do.En)
        {
            Preview = stepPreview,
            OtherLanguage = language == Language.English ? angry.Do.Es : angry.Do.En,
            Checked = true,
        }));
        yield return new($"invalid.{code}", QuickEditCard.Edit(language, new QuickEditForm(title, target.Value, 12, "Buenos días, {nombre}.", "Good morning.")
        {
            Problems = [QuickEditCard.T(language, "invalid"), "phrases/greeting.yaml:12:11: the 'en' text has placeholders {} but 'es' has {nombre}"],
        }));
        yield return new($"published.{code}", QuickEditCard.Published(language, 42));
        yield return new($"conflict.{code}", QuickEditCard.Conflict(language, 43, target.Value));
        yield return new($"not-admin.{code}", AdaptiveCards.Card([AdaptiveCards.Text(QuickEditCard.T(language, "notAdmin"))]));
    }
}
