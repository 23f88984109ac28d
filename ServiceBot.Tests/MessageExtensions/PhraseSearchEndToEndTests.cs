using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.MessageExtensions;

public sealed class PhraseSearchEndToEndTests : BotHostTestBase
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 15, 10, 0, TimeSpan.Zero));

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) => new(channel, AppId, Entra) { Clock = _clock };

    [Fact]
    public async Task Query_Espera_ReturnsWaitingCustomerPhrasesAsAdaptiveCardsWithPreviews()
    {
        var body = await QueryAsync("espera");

        var attachments = body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray().ToList();
        Assert.NotEmpty(attachments);
        var waiting = Content.Phrases.ByMoment(Moment.Waiting).Select(p => p.Text.Get("es-MX")).ToHashSet();
        Assert.All(attachments, a =>
        {
            Assert.Equal(Attachment.AdaptiveCardContentType, a.GetProperty("contentType").GetString());
            Assert.Equal("1.5", a.GetProperty("content").GetProperty("version").GetString());
            Assert.Equal("application/vnd.microsoft.card.thumbnail", a.GetProperty("preview").GetProperty("contentType").GetString());
        });
        var titles = Titles(body);
        Assert.Contains(titles, waiting.Contains);
        Assert.Equal("result", body.GetProperty("composeExtension").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Query_IsAccentAndCaseInsensitive()
    {
        var accented = await QueryAsync("DISCÚLPE");
        var plain = await QueryAsync("disculpe");

        Assert.Equal(Titles(plain), Titles(accented));
        Assert.NotEmpty(Titles(plain));
    }

    [Fact]
    public async Task InitialRun_WithoutText_OffersGreetings()
    {
        var value = new JsonObject
        {
            ["commandId"] = "frases",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };

        var body = await InvokeAsync(value);

        var greetings = Content.Phrases.ByMoment(Moment.Greeting).Select(p => p.Text.Get("es-MX")).ToHashSet();
        Assert.All(Titles(body), title => Assert.Contains(title, greetings));
    }

    [Theory]
    [InlineData("2026-11-23T15:10:00Z", TimeOfDay.Morning)]
    [InlineData("2026-11-24T03:30:00Z", TimeOfDay.Evening)]
    public async Task Phrases_FollowTheAgentsTimeOfDay_AndTheDefaultRegister(string utcNow, TimeOfDay now)
    {
        _clock.Advance(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture) - _clock.GetUtcNow());
        const string localTimestamp = "2026-11-23T00:00:00-06:00";
        var initial = await InvokeAsync(new JsonObject
        {
            ["commandId"] = "frases",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        }, localTimestamp);
        var searched = await InvokeAsync(new JsonObject
        {
            ["commandId"] = "frases",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "texto", ["value"] = "buen" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        }, localTimestamp);

        var fitting = Content.Phrases.All.Where(p => p.Fits(now) && p.Fits(Register.Usted)).Select(p => p.Text.Get("es-MX")).ToHashSet();
        Assert.NotEmpty(Titles(initial));
        Assert.All(Titles(initial).Concat(Titles(searched)), title => Assert.Contains(title, fitting));
        var other = now == TimeOfDay.Morning ? "Buenas noches" : "Buenos días";
        Assert.DoesNotContain(Titles(initial).Concat(Titles(searched)), title => title.Contains(other, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Query_WithNoMatch_AnswersWithAMessage()
    {
        var body = await QueryAsync("xylophone zebra");

        Assert.Equal("message", body.GetProperty("composeExtension").GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("composeExtension").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Query_HonoursSkipAndCount()
    {
        var all = Titles(await QueryAsync("espera"));
        var page = Titles(await QueryAsync("espera", skip: 1, count: 2));

        Assert.Equal(all.Skip(1).Take(2), page);
    }

    [Fact]
    public async Task GenderedWords_FollowTheAgentsSetting_NeutralUntilSet()
    {
        Assert.Contains("Yo mismo/misma le doy seguimiento y le aviso en cuanto esté resuelto.", Titles(await QueryAsync("seguimiento")));

        // Set in the agent's chat with the bot; the message extension, in another chat, follows it.
        var set = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "soy mujer"), ValidToken());
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        await Channel.WaitForCallsAsync(1);
        Channel.ClearCalls();

        var titles = Titles(await QueryAsync("seguimiento"));
        Assert.Contains("Yo misma le doy seguimiento y le aviso en cuanto esté resuelto.", titles);
        Assert.DoesNotContain(titles, title => title.Contains('{', StringComparison.Ordinal) || title.Contains("Yo mismo", StringComparison.Ordinal));
    }

    private ContentSnapshot Content => App.Services.GetRequiredService<ContentStore>().Current;

    private Task<JsonElement> QueryAsync(string text, int skip = 0, int count = 25) => InvokeAsync(new JsonObject
    {
        ["commandId"] = "frases",
        ["parameters"] = new JsonArray(new JsonObject { ["name"] = "texto", ["value"] = text }),
        ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
    });

    private async Task<JsonElement> InvokeAsync(JsonObject value, string? localTimestamp = null)
    {
        var activity = TestActivities.Invoke(Channel.ServiceUrl(), "composeExtension/query", value);
        if (localTimestamp is not null)
        {
            activity["localTimestamp"] = localTimestamp;
            activity["localTimezone"] = "America/Mexico_City";
        }

        var response = await Client.PostAsync(activity, ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Channel.Calls);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string> Titles(JsonElement body) => body.GetProperty("composeExtension").GetProperty("attachments")
        .EnumerateArray().Select(a => a.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()!).ToList();
}
