using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework;

public sealed class MessagesEndpointTests : BotHostTestBase
{
    [Fact]
    public async Task Post_Message_RepliesAtChannelWithSwappedAddressesAndReplyToId()
    {
        var serviceUrl = Channel.ServiceUrl();
        var message = TestActivities.Message(serviceUrl, "hola", id: "1485983408511");

        var response = await Client.PostAsync(message, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(TestActivities.ConversationId)}/activities/1485983408511", call.Path);
        var reply = call.Activity;
        Assert.Equal("message", reply.Type);
        Assert.Equal(TestActivities.BotId, reply.From?.Id);
        Assert.Equal(TestActivities.UserId, reply.Recipient?.Id);
        Assert.Equal(TestActivities.ConversationId, reply.Conversation?.Id);
        Assert.Equal("1485983408511", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.ServiceUrl);
        Assert.True(Assert.Single(reply.Attachments!).IsAdaptiveCard);
    }

    [Fact]
    public async Task Post_Message_SendsTheAppTokenToTheVerifiedServiceUrl()
    {
        await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        var call = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal);
        var validation = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(
            call.Authorization!["Bearer ".Length..],
            new Microsoft.IdentityModel.Tokens.TokenValidationParameters
            {
                ValidAudience = "https://api.botframework.com",
                ValidateIssuer = false,
                IssuerSigningKey = Entra.SigningKey.SecurityKey,
            });
        Assert.True(validation.IsValid);
        Assert.Equal(ServiceBotApplication.TestAppId, validation.Claims["appid"]);
    }

    [Fact]
    public async Task Post_BotAddedToConversation_SendsSpanishWelcomeCard()
    {
        var response = await Client.PostAsync(TestActivities.BotAdded(Channel.ServiceUrl(), "es-419"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = CardOf(Assert.Single(await Channel.WaitForCallsAsync(1)));
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains(Text(TextKeys.WelcomeTitle, Language.Spanish), card.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BotAddedWithEnglishLocale_SendsEnglishWelcomeCard()
    {
        await Client.PostAsync(TestActivities.BotAdded(Channel.ServiceUrl(), "en-US"), ValidToken());

        var card = CardOf(Assert.Single(await Channel.WaitForCallsAsync(1)));
        Assert.Contains(Text(TextKeys.WelcomeTitle, Language.English), card.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InstallationUpdateAdd_SendsWelcome()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), string.Empty);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";

        await Client.PostAsync(activity, ValidToken());

        Assert.Contains(Text(TextKeys.WelcomeTitle, Language.Spanish), CardOf(Assert.Single(await Channel.WaitForCallsAsync(1))).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BothInstallEventsAndARedelivery_WelcomeOnce_AndAReinstallWelcomesAgain()
    {
        var install = TestActivities.Message(Channel.ServiceUrl(), string.Empty);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");

        await Client.PostAsync(WithId(TestActivities.BotAdded(Channel.ServiceUrl(), "es-MX"), "added-1"), ValidToken());
        await Client.PostAsync(WithId(install.DeepClone(), "installed-1"), ValidToken());
        await Client.PostAsync(WithId(TestActivities.BotAdded(Channel.ServiceUrl(), "es-MX"), "added-2"), ValidToken());
        await Client.PostAsync(WithId(TestActivities.BotAdded(Channel.ServiceUrl(), "es-MX"), "added-1"), ValidToken());

        Assert.Single(await Channel.WaitForCallsAsync(1), c => CardOf(c).GetString()!.Contains(Text(TextKeys.WelcomeTitle, Language.Spanish), StringComparison.Ordinal));
        Assert.Single(Channel.Calls);

        var uninstall = install.DeepClone();
        uninstall["action"] = "remove";
        await Client.PostAsync(WithId(uninstall, "removed-1"), ValidToken());
        await Client.PostAsync(WithId(install.DeepClone(), "installed-2"), ValidToken());

        Assert.Equal(2, (await Channel.WaitForCallsAsync(2)).Count);
    }

    private static JsonNode WithId(JsonNode activity, string id)
    {
        activity["id"] = id;
        return activity;
    }

    [Fact]
    public async Task Post_MessageMentioningBotWithHelp_AnswersHelpCard()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), "<at>ServiceBot</at> help", locale: "en-US");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "ServiceBot" },
            ["text"] = "<at>ServiceBot</at>",
        });

        await Client.PostAsync(activity, ValidToken());

        Assert.Contains(Text(TextKeys.HelpBody, Language.English), CardOf(Assert.Single(await Channel.WaitForCallsAsync(1))).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RedeliveredActivity_IsProcessedOnce()
    {
        var message = TestActivities.Message(Channel.ServiceUrl(), "hola", id: "f:5261769396935243054");

        var first = await Client.PostAsync(message, ValidToken());
        var second = await Client.PostAsync(message, ValidToken());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Channel.WaitForCallsAsync(2, TimeSpan.FromMilliseconds(500));
        Assert.Single(Channel.Calls);
    }

    [Fact]
    public async Task Post_SameActivityIdInAnotherConversation_IsProcessedAgain()
    {
        var first = TestActivities.Message(Channel.ServiceUrl(), "hola", id: "42");
        var second = TestActivities.Message(Channel.ServiceUrl(), "hola", id: "42");
        second["conversation"]!["id"] = "a:another-conversation";

        await Client.PostAsync(first, ValidToken());
        await Client.PostAsync(second, ValidToken());

        Assert.Equal(2, (await Channel.WaitForCallsAsync(2)).Count);
    }

    [Fact]
    public async Task Post_ThrottledByChannel_RetriesAfterRetryAfterAndDelivers()
    {
        Channel.Enqueue(new ScriptedResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", TimeSpan.FromSeconds(1)));

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await Channel.WaitForCallsAsync(2);
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body, calls[1].Body);
    }

    [Fact]
    public async Task Post_WhenTheTurnFails_Returns200AndApologises()
    {
        // Conversation state that no longer reads as the dialog's state makes the turn fail.
        await App.Services.GetRequiredService<IStateStore>().WriteAsync(
            StateKeys.Conversation("msteams", TestActivities.ConversationId), "[1]", ETags.Any);

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola", locale: "es-ES"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.Equal(Text(TextKeys.ErrorGeneric, Language.Spanish), call.Activity.Text);
    }

    [Fact]
    public async Task Post_WhenTheChannelRefusesTheReply_Returns200AndGivesTheReplyUp()
    {
        Channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"Forbidden","message":"no"}}"""));

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola", locale: "es-ES"), ValidToken());

        // The turn committed; its reply was refused for good, so it is neither retried nor apologised for.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Channel.Calls);
        Assert.Empty(await App.Services.GetRequiredService<IOutboxStore>().ListPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Post_ServiceUrlWithTeamsPrefix_KeepsThePrefix()
    {
        var serviceUrl = Channel.ServiceUrl("teams");

        await Client.PostAsync(TestActivities.Message(serviceUrl, "hola"), ValidToken(serviceUrl));

        Assert.StartsWith("/teams/v3/conversations/", Assert.Single(await Channel.WaitForCallsAsync(1)).Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownInvokeName_Returns501()
    {
        var response = await Client.PostAsync(TestActivities.Invoke(Channel.ServiceUrl(), "tab/fetch", new JsonObject()), ValidToken());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(Channel.Calls);
    }

    [Fact]
    public async Task Post_CardActionInvokeForHelp_AnswersWithCardInResponseBody()
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help", ["data"] = new JsonObject() },
            ["trigger"] = "manual",
        };

        var response = await Client.PostAsync(TestActivities.Invoke(Channel.ServiceUrl(), "adaptiveCard/action", value), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(Attachment.AdaptiveCardContentType, body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Empty(Channel.Calls);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    [InlineData("somethingFromTheFuture")]
    public async Task Post_ActivityTypeWithoutRoute_IsAcknowledgedAndIgnored(string type)
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), "x");
        activity["type"] = type;

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_UnknownFieldsAndEntityTypes_AreAccepted()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), "hola");
        activity["brandNewField"] = new JsonObject { ["nested"] = true };
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "ClientCapabilities", ["supportsListening"] = true },
            new JsonObject { ["type"] = "QuotedReply", ["messageId"] = "123" });

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await Channel.WaitForCallsAsync(1));
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2,3]", "not an object")]
    [InlineData("{\"text\":\"hola\"}", "type field is required")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://x.example/\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://x.example/\",\"conversation\":{\"id\":\"c\"},\"membersAdded\":\"oops\"}", "membersAdded")]
    [InlineData("", "empty")]
    public async Task Post_MalformedBody_Returns400WithReason(string body, string reason)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("replyToId")]
    [InlineData("channelId")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("from.aadObjectId")]
    [InlineData("recipient.id")]
    public async Task Post_IdBeyondTheLimit_Returns400NamingTheField(string field)
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), "hola");
        var path = field.Split('.');
        var target = path.Length == 1 ? activity : activity[path[0]]!.AsObject();
        target[path[^1]] = new string('x', 513);

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{field} field is longer than 512", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_IdsAtTheLimit_AreAccepted()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), "hola", id: new string('1', 512));
        activity["conversation"]!["id"] = "a:" + new string('c', 510);

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("message", null)]
    [InlineData("message", "")]
    [InlineData("invoke", null)]
    public async Task Post_WithoutASender_Returns400(string type, string? fromId)
    {
        var activity = type == "invoke"
            ? TestActivities.Invoke(Channel.ServiceUrl(), "adaptiveCard/action", new JsonObject())
            : TestActivities.Message(Channel.ServiceUrl(), "hola");
        if (fromId is null)
        {
            activity.Remove("from");
        }
        else
        {
            activity["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Nadie" };
        }

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from.id field is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Channel.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_TextWithBidirectionalOverridesAndInvisibleCharacters_NeverReachesTheReply()
    {
        // JSON escapes, as a channel would send them.
        const string hidden = @"\u202E\u2066\u200B\u0007\uFEFF";
        var body = TestActivities.Message(Channel.ServiceUrl(), "PLACEHOLDER").ToJsonString()
            .Replace("PLACEHOLDER", $"Revisar: Hola{hidden} señora, gracias por esperar", StringComparison.Ordinal);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ValidToken());

        var response = await Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        // The review's live card, then its suggested version as a plain message to copy: neither carries the hidden characters.
        var calls = await Channel.WaitForCallsAsync(2);
        var reply = CardOf(calls[0]).GetString();
        Assert.DoesNotContain(calls[1].Activity.Text ?? string.Empty, c => c is '\u202E' or '\u2066' or '\u200B' or '\u0007' or '\uFEFF');
        Assert.Contains("Hola señora", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(reply, c => c is '\u202E' or '\u2066' or '\u200B' or '\u0007' or '\uFEFF');
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl(), new string('a', 600 * 1024));

        var response = await Client.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Messages_Returns405()
    {
        var response = await Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Get_Healthz_ReturnsHealthy()
    {
        var response = await Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_Ready_ReturnsHealthyOnceTheClassifierIsTrained()
    {
        var response = await Client.GetAsync("/ready");
        for (var i = 0; i < 600 && response.StatusCode != HttpStatusCode.OK; i++)
        {
            // At start the classifier trains in the background; /healthz answers meanwhile.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(100);
            response = await Client.GetAsync("/ready");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static CardText CardOf(ConnectorCall call)
    {
        var attachment = Assert.Single(call.Activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return new CardText(attachment.Content!.Value);
    }

    /// <summary>A card and all its visible strings, compared as the user reads them (not JSON-escaped).</summary>
    private sealed record CardText(JsonElement Card)
    {
        public string GetString() => string.Join("\n", Strings(Card));

        public JsonElement GetProperty(string name) => Card.GetProperty(name);

        private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            _ => [],
        };
    }
}
