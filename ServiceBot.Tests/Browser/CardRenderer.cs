using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Renders Adaptive Cards in Chromium with the app's own card preview bundle (the official <c>adaptivecards</c>
/// renderer, a Teams-like host config; web/src/cards/), many cards per call in one page, and measures each: height,
/// visible text, clipped text (web/src/cards/find-clipped-text.js). Optionally saves one PNG per card and width.
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    // Renders every card of the batch into its own container at the given width and measures it.
    private const string RenderBatch = """
        async ([cardsJson, width]) => {
          const cards = JSON.parse(cardsJson);
          const host = document.getElementById('cards');
          host.replaceChildren();
          const rendered = cards.map(({ name, card }, index) => {
            const container = document.createElement('div');
            container.id = `card-${index}`;
            container.style.width = `${width}px`;
            host.appendChild(container);
            return { name, container, result: window.ServiceBotCards.previewCard(card, container, width) };
          });
          // An image (the survey's QR code) takes its height only once decoded: measure after that, or the card's
          // screenshot and its height against the phone-screen budget come out short.
          await Promise.all([...host.querySelectorAll('img')].map(img => img.decode().catch(() => undefined)));
          return rendered.map(({ name, container, result }) => ({
            name,
            height: Math.max(result.height, Math.ceil(container.getBoundingClientRect().height)),
            text: container.innerText,
            clipped: result.clipped,
            errors: result.errors,
          }));
        }
        """;

    private const string ShowOnly = """
        (index) => {
          for (const container of document.getElementById('cards').children) {
            container.style.display = container.id === `card-${index}` ? '' : 'none';
          }
        }
        """;

    private readonly IPage _page;

    private CardRenderer(IPage page) => _page = page;

    public static async Task<CardRenderer> OpenAsync(BrowserFixture browser)
    {
        var page = await browser.NewPageAsync(width: 800);
        await page.SetContentAsync("""<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0"><div id="cards"></div></body></html>""");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserTestEnvironment.WebAsset("card-preview.js") });
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        return new CardRenderer(page);
    }

    /// <summary>
    /// The web renderer wants static choices, but Teams' people picker (an Input.ChoiceSet with a <c>Data.Query</c> in
    /// <c>choices.data</c>) fills them from its dataset, and its documented form has <c>"choices": []</c>: that one
    /// complaint is expected on such a card.
    /// </summary>
    private static bool IsPeoplePickerChoices(JsonNode card, string error) =>
        error.Contains("An Input.ChoiceSet must have at least one choice defined", StringComparison.Ordinal) &&
        card.ToJsonString().Contains("\"Data.Query\"", StringComparison.Ordinal);

    /// <summary>The adaptivecards version inside the bundle.</summary>
    public Task<string> RendererVersionAsync() => _page.EvaluateAsync<string>("() => window.ServiceBotCards.rendererVersion");

    /// <summary>Renders <paramref name="cards"/> at <paramref name="width"/> CSS px; with a folder, saves {name}-{width}.png there.</summary>
    public async Task<IReadOnlyList<CardRendering>> RenderAsync(IReadOnlyList<NamedCard> cards, int width, string? screenshotFolder = null)
    {
        await _page.SetViewportSizeAsync(width, 800);
        var batch = new JsonArray([.. cards.Select(c => new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        var results = await _page.EvaluateAsync<JsonElement>(RenderBatch, new object[] { batch.ToJsonString(), width });
        var renderings = new List<CardRendering>(cards.Count);
        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            string? screenshot = null;
            if (screenshotFolder is not null)
            {
                screenshot = Path.Combine(screenshotFolder, $"{TestArtifacts.SafeName(cards[index].Name)}-{width}.png");
                await ScreenshotAsync(index, width, result.GetProperty("height").GetInt32(), screenshot);
            }

            renderings.Add(new CardRendering(
                result.GetProperty("name").GetString()!,
                width,
                result.GetProperty("height").GetInt32(),
                result.GetProperty("text").GetString() ?? string.Empty,
                [.. result.GetProperty("clipped").EnumerateArray().Select(c => new ClippedText(
                    c.GetProperty("text").GetString()!, c.GetProperty("where").GetString()!, c.GetProperty("how").GetString()!))],
                [.. result.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).Where(e => !IsPeoplePickerChoices(cards[index].Card, e))],
                screenshot));
            index++;
        }

        return renderings;
    }

    // One card on screen at a time, in a viewport its size: capturing a small page is far cheaper than an element of a tall one.
    private async Task ScreenshotAsync(int index, int width, int height, string path)
    {
        await _page.EvaluateAsync(ShowOnly, index);
        await _page.SetViewportSizeAsync(width, Math.Max(height, 1));
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
    }

    public ValueTask DisposeAsync() => new(_page.Context.CloseAsync());
}

/// <summary>A card to render, with a name for reports and file names.</summary>
public sealed record NamedCard(string Name, JsonObject Card);
