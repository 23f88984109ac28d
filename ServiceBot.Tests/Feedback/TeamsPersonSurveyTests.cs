using System.Text.Json.Nodes;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// The survey sent to one Teams user (an internal customer) in their 1:1 chat with the bot, over the loopback channel
/// with real signed tokens: Ana picks Carlos in the choice card's people picker (or types "encuesta para Carlos
/// Ruiz"); the bot reuses the chat it keeps with him or creates one (<c>POST /v3/conversations</c>), sends him the
/// form, checks every invoke on it against him, and records once. A double tap sends one card; a person Teams will not
/// reach (403) leaves the agent told so, with the link one press away.
/// </summary>
public sealed class TeamsPersonSurveyTests : FeedbackHostTestBase
{
    private const string CarlosConversationId = "a:1carlosPersonal";

    [Fact]
    public async Task PickedPersonWithoutAChat_GetsTheFormInANewOneOnOne_ADoubleTapSendsOnce_AndOnlyTheyAnswer()
    {
        var sessionId = await EndServiceInPersonalChatAsync();

        // The choice card carries Teams' people picker (organisation search) and "Enviar por Teams".
        var before = Channel.Calls.Count;
        await InvokeAsync(CardPress(AgentMessage(""), FeedbackVerbs.Offer, sessionId));
        var choice = Channel.Calls.Skip(before).Select(CardIn).Last(card => card is not null)!;
        var picker = Picker(choice);
        Assert.Equal("Data.Query", (string?)picker["choices.data"]!["type"]);
        Assert.Equal("graph.microsoft.com/users", (string?)picker["choices.data"]!["dataset"]);
        Assert.NotNull(FindAction(choice, FeedbackVerbs.Person)?["fallback"]);

        before = Channel.Calls.Count;
        var sent = await InvokeAsync(PickCarlos(sessionId));
        Assert.Contains(Text(FeedbackTextKeys.PersonSent, Language.Spanish).Split('{')[0], Plain(sent), StringComparison.Ordinal);
        var calls = Channel.Calls.Skip(before).ToList();
        var create = Assert.Single(calls, call => call.Method == "POST" && call.Path == "/amer/v3/conversations");
        Assert.Equal(CustomerAadObjectId, create.Json.GetProperty("members")[0].GetProperty("aadObjectId").GetString());
        Assert.Equal(ServiceBotApplication.TestTenantId, create.Json.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        await AssertBotTokenAsync(create);
        var chatId = create.ResponseId!;
        var formCall = Assert.Single(calls, call => call.Path == ActivitiesPath(chatId));
        Assert.NotNull(FindAction(CardIn(formCall), FeedbackVerbs.Submit)?["fallback"]);
        var invitation = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        Assert.Equal(chatId, invitation.CustomerConversationId);
        Assert.Equal(formCall.ResponseId, invitation.CustomerCardActivityId);

        // A second tap (or the same press again) sends nothing more and says it is on its way.
        before = Channel.Calls.Count;
        var again = await InvokeAsync(PickCarlos(sessionId));
        Assert.Contains(Text(FeedbackTextKeys.PersonAlreadySent, Language.Spanish).Split('{')[0], Plain(again), StringComparison.Ordinal);
        Assert.DoesNotContain(Channel.Calls.Skip(before), call => call.Method == "POST" && call.Path.StartsWith("/amer/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(invitation.TokenHash, (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.TokenHash);

        // Someone else's submit on that card records nothing; Carlos's does, once, and his card says it was answered.
        await InvokeAsync(CardPress(PersonalMessage(OtherId, "Luis Pérez", null, chatId, ""), FeedbackVerbs.Submit, sessionId, inputs: ("rating", "1")));
        Assert.Null(await Service<IFeedbackStore>().GetBySessionAsync(sessionId));
        var press = CardPress(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, chatId, ""), FeedbackVerbs.Submit, sessionId, inputs: [("rating", "5"), ("comment", "Excelente")]);
        press["replyToId"] = formCall.ResponseId;
        before = Channel.Calls.Count;
        var thanks = await InvokeAsync(press);
        Assert.Contains(Text(FeedbackTextKeys.TeamsThanks, Language.Spanish), Plain(thanks["value"]), StringComparison.Ordinal);
        var answer = await Service<IFeedbackStore>().GetBySessionAsync(sessionId);
        Assert.Equal(5, answer!.Rating);
        Assert.Equal(FeedbackSource.Teams, answer.Source);
        Assert.Contains(Channel.Calls.Skip(before), call => call.Method == "PUT" && call.Path.EndsWith("/activities/" + formCall.ResponseId, StringComparison.Ordinal));

        var secondClick = press.DeepClone().AsObject();
        secondClick["id"] = Guid.NewGuid().ToString("N");
        await InvokeAsync(secondClick);
        Assert.Equal(5, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
    }

    [Fact]
    public async Task PersonWithAChatAlready_GetsTheFormThere_WithoutANewConversation()
    {
        await PostAsync(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, CarlosConversationId, "hola"));
        var sessionId = await EndServiceInPersonalChatAsync();

        var before = Channel.Calls.Count;
        var sent = await InvokeAsync(PickCarlos(sessionId));

        Assert.Contains("Carlos Ruiz", Plain(sent), StringComparison.Ordinal);
        var calls = Channel.Calls.Skip(before).ToList();
        Assert.DoesNotContain(calls, call => call.Path == "/amer/v3/conversations");
        Assert.Single(calls, call => call.Path == ActivitiesPath(CarlosConversationId) && FindAction(CardIn(call), FeedbackVerbs.Submit) is not null);
    }

    [Fact]
    public async Task RatingTypedInTheOneOnOne_IsRecordedOnce_AndTheCardSaysAnswered()
    {
        await PostAsync(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, CarlosConversationId, "hola"));
        var sessionId = await EndServiceInPersonalChatAsync();
        await InvokeAsync(PickCarlos(sessionId));
        var cardId = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerCardActivityId;
        Assert.NotNull(cardId);

        await PostAsync(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, CarlosConversationId, "le doy cuatro"));
        await PostAsync(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, CarlosConversationId, "1"));

        Assert.Equal(4, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
        var update = Assert.Single(Channel.Calls, call => call.Method == "PUT" && call.Path.EndsWith("/activities/" + cardId, StringComparison.Ordinal));
        Assert.Contains("respondida", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonTeamsWillNotReach_AgentIsToldPlainly_AndOfferedTheLink()
    {
        var sessionId = await EndServiceInPersonalChatAsync();
        Channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"Forbidden","message":"The bot is not installed for this user"}}"""));

        var refused = await InvokeAsync(PickCarlos(sessionId));

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)refused["type"]);
        Assert.Contains(Text(FeedbackTextKeys.PersonUnreachable, Language.Spanish).Split('{')[0], Plain(refused["value"]), StringComparison.Ordinal);
        Assert.NotNull(FindAction(refused["value"], FeedbackVerbs.Link));
        var invitation = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        Assert.Null(invitation.CustomerObjectId);

        // The link offered works, and trying Teams again really tries again.
        var linkCard = await InvokeAsync(CardPress(AgentMessage(""), FeedbackVerbs.Link, sessionId));
        Assert.NotNull(LinkIn(linkCard["value"]!));
        var before = Channel.Calls.Count;
        await InvokeAsync(PickCarlos(sessionId));
        Assert.Contains(Channel.Calls.Skip(before), call => call.Path == "/amer/v3/conversations");
    }

    [Fact]
    public async Task TypedSurveyForAName_SendsToThatPerson_AndAnUnknownNameIsSaidSo()
    {
        await PostAsync(PersonalMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, CarlosConversationId, "hola"));
        await EndServiceInPersonalChatAsync();

        var before = Channel.Calls.Count;
        var after = await PostAsync(AgentMessage("encuesta para carlos ruiz"));
        await PostAsync(AgentMessage("encuesta para Nadie Conocido"));

        var sentCalls = Channel.Calls.Skip(before).Take(after - before).ToList();
        Assert.Single(sentCalls, call => call.Path == ActivitiesPath(CarlosConversationId) && FindAction(CardIn(call), FeedbackVerbs.Submit) is not null);
        var toAgent = Channel.Calls.Skip(before).Where(call => call.Path.StartsWith(ActivitiesPath(AgentConversationId), StringComparison.Ordinal)).Select(call => Plain(JsonNode.Parse(call.Body))).ToList();
        Assert.Contains(toAgent, body => body.Contains("Carlos Ruiz", StringComparison.Ordinal) && body.Contains(Text(FeedbackTextKeys.PersonSent, Language.Spanish).Split('{')[0], StringComparison.Ordinal));
        Assert.Contains(toAgent, body => body.Contains("Nadie Conocido", StringComparison.Ordinal));
    }

    private async Task<string> EndServiceInPersonalChatAsync()
    {
        await PostAsync(AgentMessage("nueva atención"));
        return await EndAndFindSurveyOfferAsync(AgentMessage("terminar atención"));
    }

    private JsonObject PickCarlos(string sessionId) =>
        CardPress(AgentMessage(""), FeedbackVerbs.Person, sessionId, inputs: (FeedbackVerbs.PersonInput, CustomerAadObjectId));

    private static JsonNode Picker(JsonNode card) =>
        card["body"]!.AsArray().Single(element => (string?)element?["id"] == FeedbackVerbs.PersonInput)!;

    private JsonObject PersonalMessage(string userId, string name, string? aadObjectId, string conversationId, string text) =>
        MessageIn(conversationId, "personal", userId, name, aadObjectId, text);
}
