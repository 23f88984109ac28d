using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Every card the conversation scripts produce, rendered as Teams would show it on a phone (360 px) with the official
/// Adaptive Cards renderer in Chromium: no text or button title may be cut, and no card may be taller than one phone
/// screen (<see cref="PhoneHeightBudget"/>). Screenshots at 360 and 700 px, the cards (cards.json) and the
/// measurements (report.json, every card's height) are left in the test's artifacts folder.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ScriptedCardRenderingTests(BrowserFixture browser, ITestOutputHelper output)
{
    public const int PhoneWidth = 360;

    public const int DesktopWidth = 700;

    /// <summary>
    /// About one phone screen of chat: a 360 × 740 phone less Teams' header, compose box and the bubble's margins.
    /// Every scripted card keeps within it, so an agent never scrolls a card to reach its buttons.
    /// </summary>
    public const int PhoneHeightBudget = 560;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BrowserFact]
    public async Task EveryScriptedCard_ShowsAllItsTextAtPhoneWidth_OnOnePhoneScreen()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cards = await ScriptedCards.CollectAsync();
        var collected = watch.Elapsed;
        var folder = TestArtifacts.FolderFor(GetType());
        await using var renderer = await CardRenderer.OpenAsync(browser);

        var named = cards.Select(c => c.ToNamedCard()).ToList();
        var phone = await renderer.RenderAsync(named, PhoneWidth, folder);
        var desktop = await renderer.RenderAsync(named, DesktopWidth, folder);
        await WriteArtifactsAsync(folder, cards, phone, desktop);
        output.WriteLine($"Scripts run or reused in {collected.TotalSeconds:0.0} s; {cards.Count} cards rendered at two widths with screenshots in {(watch.Elapsed - collected).TotalSeconds:0.0} s");

        var clipped = phone.Where(r => r.Clipped.Count > 0).ToList();
        var rejected = phone.Where(r => r.Errors.Count > 0).ToList();
        var tall = phone.Where(r => r.Height > PhoneHeightBudget).ToList();
        var report = string.Join('\n', [
            $"{cards.Count} distinct cards from the scripts ({cards.Sum(c => c.Occurrences)} shown), rendered at {PhoneWidth} px; pictures and report.json in {folder}",
            $"Cut at {PhoneWidth} px ({clipped.Count} cards):",
            .. clipped.SelectMany(r => r.Clipped.Select(c => $"  {r.Name}: {c}")),
            .. rejected.Select(r => $"  {r.Name}: renderer says {string.Join("; ", r.Errors)}"),
            $"Taller than {PhoneHeightBudget} px at {PhoneWidth} px ({tall.Count} cards):",
            .. tall.Select(r => $"  {r.Name}: {r.Height} px"),
            $"Tallest: {string.Join(", ", phone.OrderByDescending(r => r.Height).Take(5).Select(r => $"{r.Name} {r.Height} px"))}",
        ]);
        output.WriteLine(report);

        Assert.NotEmpty(cards);
        Assert.True(clipped.Count == 0 && rejected.Count == 0 && tall.Count == 0, report);
    }

    private static async Task WriteArtifactsAsync(string folder, IReadOnlyList<ScriptedCard> cards, IReadOnlyList<CardRendering> phone, IReadOnlyList<CardRendering> desktop)
    {
        var input = new JsonArray([.. cards.Select(c => new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        await File.WriteAllTextAsync(Path.Combine(folder, "cards.json"), input.ToJsonString(Indented));
        var report = cards.Select((card, i) => new
        {
            card.Name,
            card.Script,
            card.Turn,
            Kind = card.Kind.ToString(),
            card.Occurrences,
            PhoneHeight = phone[i].Height,
            DesktopHeight = desktop[i].Height,
            ClippedAtPhone = phone[i].Clipped.Select(c => c.ToString()),
            ClippedAtDesktop = desktop[i].Clipped.Select(c => c.ToString()),
            phone[i].Errors,
        });
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, Indented));
    }
}
