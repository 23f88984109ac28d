using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Admin;
using ServiceBot.Localization;
using ServiceBot.Tests.WebIdentity;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Admin;

/// <summary>
/// What agents said that was not understood, in the studio (local mode, over the real endpoints): listed with count,
/// last seen and best guess; one click adds it to the draft's understanding file, and the draft still passes the checks.
/// </summary>
public sealed class MissedUtteranceStudioTests : WebIdentityTestBase
{
    protected override string? BotAppId => null;

    [Fact]
    public async Task AMiss_IsListed_AndAddedAsAnExampleOfTheIntentChosen_InTheDraft()
    {
        var recorder = App.Services.GetRequiredService<MissedUtteranceRecorder>();
        await recorder.RecordAsync(new UnderstandingMiss(UnderstandingMiss.Clarified, "call-supervisor", 0.31f, "None", "¿me echas la mano con el jefe?"), Language.Spanish);
        await recorder.RecordAsync(new UnderstandingMiss(UnderstandingMiss.Clarified, "call-supervisor", 0.33f, "None", "Me echas la mano con el jefe"), Language.Spanish);
        using var browser = NewBrowser();

        var list = await browser.GetFromJsonAsync<JsonElement>("/admin/api/misses");
        var miss = Assert.Single(list.GetProperty("misses").EnumerateArray());
        Assert.Equal(2, miss.GetProperty("count").GetInt64());
        Assert.Equal("call-supervisor", miss.GetProperty("intent").GetString());
        Assert.Contains("call-supervisor", list.GetProperty("intents").EnumerateArray().Select(i => i.GetString()));
        Assert.Contains("playbook.angry", list.GetProperty("intents").EnumerateArray().Select(i => i.GetString()));

        var live = await browser.GetFromJsonAsync<JsonElement>("/admin/api/live");
        var parent = live.GetProperty("revision").GetProperty("id").GetInt64();
        using var added = await browser.PostAsJsonAsync("/admin/api/misses/example",
            new { parent, changes = Array.Empty<object>(), intent = "call-supervisor", text = miss.GetProperty("text").GetString(), language = "es" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var file = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file");
        var path = file.GetProperty("path").GetString()!;
        var text = file.GetProperty("text").GetString()!;
        var before = live.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path).GetProperty("text").GetString()!;

        Assert.Equal("understanding/commands.yaml", path);
        Assert.Equal(before.Length + "      - Me echas la mano con el jefe\n".Length, text.Length);
        Assert.Contains("\n      - Me echas la mano con el jefe\n", text, StringComparison.Ordinal);
        using var checkedDraft = await browser.PostAsJsonAsync("/admin/api/check", new { parent, changes = new[] { new { path, text } } });
        var errors = (await checkedDraft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(0, errors.GetArrayLength());

        using var again = await browser.PostAsJsonAsync("/admin/api/misses/example",
            new { parent, changes = new[] { new { path, text } }, intent = "call-supervisor", text = "me echas la mano con el jefe", language = "es" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var dismissed = await browser.PostAsJsonAsync("/admin/api/misses/dismiss", new { key = miss.GetProperty("key").GetString() });
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Empty((await browser.GetFromJsonAsync<JsonElement>("/admin/api/misses")).GetProperty("misses").EnumerateArray());
    }

    [Theory]
    [InlineData("nope.thing", "hola", "es", HttpStatusCode.BadRequest)]
    [InlineData("call-supervisor", "", "es", HttpStatusCode.BadRequest)]
    [InlineData("call-supervisor", "hola", "fr", HttpStatusCode.BadRequest)]
    [InlineData("no-such-command", "hola", "es", HttpStatusCode.NotFound)]
    public async Task AddExample_BadInput_GetsAClearAnswer(string intent, string text, string language, HttpStatusCode expected)
    {
        using var browser = NewBrowser();
        var parent = (await browser.GetFromJsonAsync<JsonElement>("/admin/api/live")).GetProperty("revision").GetProperty("id").GetInt64();

        using var response = await browser.PostAsJsonAsync("/admin/api/misses/example", new { parent, changes = Array.Empty<object>(), intent, text, language });

        Assert.Equal(expected, response.StatusCode);
    }
}
