using System.Text.Json.Nodes;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// The survey in a Teams group chat where Ana served Carlos (a colleague, an internal customer), over the loopback
/// channel and the real host: "encuesta @Carlos" posts a read-only card for everyone that refreshes into the form for
/// Carlos only; every invoke is checked against who sent it; the answer is recorded once, by card, by the Action.Submit
/// fallback of older clients or typed in the chat.
/// </summary>
public sealed class TeamsSurveyTests : FeedbackHostTestBase
{
    private const string ChatId = "19:chat-ana-carlos@thread.v2";

    [Fact]
    public async Task GroupChatCard_RefreshesIntoTheFormForTheCustomerOnly_AndAnotherMembersInvokeIsRefused()
    {
        var (sessionId, baseCard) = await InviteCarlosAsync();

        // Everyone's card: read-only, naming Carlos, refreshing for Carlos only.
        Assert.Equal(CustomerId, (string?)baseCard["refresh"]!["userIds"]![0]);
        Assert.Single(baseCard["refresh"]!["userIds"]!.AsArray());
        Assert.Equal(FeedbackVerbs.View, (string?)baseCard["refresh"]!["action"]!["verb"]);
        Assert.DoesNotContain("Input.", baseCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Carlos Ruiz", baseCard.ToJsonString(), StringComparison.Ordinal);

        var forCarlos = await InvokeAsync(CardPress(ChatMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, ""), FeedbackVerbs.View, sessionId, "automatic"));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)forCarlos["type"]);
        Assert.Contains("Input.ChoiceSet", forCarlos["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(FindAction(forCarlos["value"], FeedbackVerbs.Submit)?["fallback"]);

        // Luis refreshes the card by hand: he gets the read-only card, never the form.
        var forLuis = await InvokeAsync(CardPress(ChatMessage(OtherId, "Luis Pérez", null, ""), FeedbackVerbs.View, sessionId));
        Assert.DoesNotContain("Input.", forLuis["value"]!.ToJsonString(), StringComparison.Ordinal);

        // Luis forges a submit: refused, nothing recorded.
        var forged = await InvokeAsync(CardPress(ChatMessage(OtherId, "Luis Pérez", null, ""), FeedbackVerbs.Submit, sessionId, inputs: ("rating", "1")));
        Assert.DoesNotContain("Input.", forged["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(await Service<IFeedbackStore>().GetBySessionAsync(sessionId));

        // Carlos answers: recorded from Teams, his card thanks him and everyone's card says "respondida".
        var press = CardPress(ChatMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, ""), FeedbackVerbs.Submit, sessionId,
            inputs: [("rating", "4"), ("aspects", "kindness,clarity"), ("effort", "6"), ("comment", "Muy claro")]);
        press["replyToId"] = "card-1";
        var before = Channel.Calls.Count;
        var thanks = await InvokeAsync(press);
        var answer = await Service<IFeedbackStore>().GetBySessionAsync(sessionId);
        Assert.NotNull(answer);
        Assert.Equal(4, answer.Rating);
        Assert.Equal(FeedbackSource.Teams, answer.Source);
        Assert.Equal(["clarity", "kindness"], answer.Aspects.Order());
        Assert.Equal(6, answer.Effort);
        Assert.Contains(Text(FeedbackTextKeys.TeamsThanks, Language.Spanish), Plain(thanks["value"]), StringComparison.Ordinal);
        var update = Assert.Single(Channel.Calls.Skip(before), call => call.Method == "PUT");
        Assert.EndsWith("/activities/card-1", update.Path, StringComparison.Ordinal);
        Assert.Contains("respondida", update.Body, StringComparison.Ordinal);
        Assert.Null(CardIn(update)!["refresh"]);

        // A second press (double click) records nothing new.
        var secondClick = press.DeepClone().AsObject();
        secondClick["id"] = Guid.NewGuid().ToString("N");
        var again = await InvokeAsync(secondClick);
        Assert.Contains(Text(TextKeys.ErrorSurveyAlreadyAnswered, Language.Spanish), Plain(again["value"]), StringComparison.Ordinal);
        Assert.Equal(4, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
    }

    [Fact]
    public async Task OlderClient_ActionSubmitFallback_IsCheckedAndRecordedOnce()
    {
        var (sessionId, _) = await InviteCarlosAsync();

        var fromLuis = Submitted(OtherId, "Luis Pérez", sessionId, "1");
        await PostAsync(fromLuis);
        Assert.Null(await Service<IFeedbackStore>().GetBySessionAsync(sessionId));

        var before = Channel.Calls.Count;
        await PostAsync(Submitted(CustomerId, "Carlos Ruiz", sessionId, "5"));
        Assert.Equal(5, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
        var calls = Channel.Calls.Skip(before).ToList();
        Assert.Contains(calls, call => call.Method == "PUT" && call.Path.EndsWith("/activities/card-1", StringComparison.Ordinal) && call.Body.Contains("respondida", StringComparison.Ordinal));
        Assert.Contains(calls, call => Plain(JsonNode.Parse(call.Body)).Contains(Text(FeedbackTextKeys.TeamsThanks, Language.Spanish), StringComparison.Ordinal));

        await PostAsync(Submitted(CustomerId, "Carlos Ruiz", sessionId, "2"));
        Assert.Equal(5, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
    }

    [Theory]
    [InlineData("le doy 4", 4)]
    [InlineData("cinco", 5)]
    [InlineData("5", 5)]
    public async Task TypedRating_FromTheCustomer_IsRecordedOnce(string typed, int expected)
    {
        var (sessionId, _, cardId) = await InviteCarlosWithCardIdAsync();
        Assert.Equal(cardId, (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerCardActivityId);

        // Luis typing a number is not an answer (and goes on to the usual conversation).
        await PostAsync(ChatMessage(OtherId, "Luis Pérez", null, "2"));
        Assert.Null(await Service<IFeedbackStore>().GetBySessionAsync(sessionId));

        var before = await PostAsync(ChatMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, typed));
        var answer = await Service<IFeedbackStore>().GetBySessionAsync(sessionId);
        Assert.NotNull(answer);
        Assert.Equal(expected, answer.Rating);
        Assert.Equal(FeedbackSource.Teams, answer.Source);
        var expectedThanks = Text(FeedbackTextKeys.TeamsTypedThanks, Language.Spanish)
            .Replace("{customer}", "Carlos Ruiz", StringComparison.Ordinal).Replace("{rating}", expected.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(Channel.Calls.Take(before), call => call.Method == "POST" && Plain(JsonNode.Parse(call.Body)).Contains(expectedThanks, StringComparison.Ordinal));

        // The card in the chat says "respondida" to everyone, as after a press on it.
        var update = Assert.Single(Channel.Calls, call => call.Method == "PUT" && call.Path.EndsWith("/activities/" + cardId, StringComparison.Ordinal));
        Assert.Contains("respondida", update.Body, StringComparison.Ordinal);
        Assert.Null(CardIn(update)!["refresh"]);

        var after = await PostAsync(ChatMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, "1"));
        Assert.Contains(Text(TextKeys.ErrorSurveyAlreadyAnswered, Language.Spanish), Plain(JsonNode.Parse(Channel.Calls[after - 1].Body)), StringComparison.Ordinal);
        Assert.Equal(expected, (await Service<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
    }

    [Fact]
    public async Task OnlyTheAgentWhoServed_CanOfferTheSurvey()
    {
        await PostAsync(ChatMessage(AgentUserId, "Ana López", AgentAadObjectId, "nueva atención"));
        var sessionId = await EndAndFindSurveyOfferAsync(ChatMessage(AgentUserId, "Ana López", AgentAadObjectId, "terminar atención"));

        var recorded = await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId);

        var fromCarlos = await InvokeAsync(CardPress(ChatMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, ""), FeedbackVerbs.Link, sessionId));

        Assert.Contains(Text(FeedbackTextKeys.OfferNotYours, Language.Spanish), Plain(fromCarlos), StringComparison.Ordinal);
        // The end recorded the service's invitation (for the response rate); Carlos's press changed nothing in it.
        Assert.Equal(recorded, await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId));
    }

    /// <summary>Ana serves and ends in the group chat, then writes "encuesta @Carlos Ruiz"; returns the session and the card posted.</summary>
    private async Task<(string SessionId, JsonNode Card)> InviteCarlosAsync()
    {
        var (sessionId, card, _) = await InviteCarlosWithCardIdAsync();
        return (sessionId, card);
    }

    /// <summary>As <see cref="InviteCarlosAsync"/>, with the message id the channel gave the card.</summary>
    private async Task<(string SessionId, JsonNode Card, string CardId)> InviteCarlosWithCardIdAsync()
    {
        await PostAsync(ChatMessage(AgentUserId, "Ana López", AgentAadObjectId, "nueva atención"));
        var sessionId = await EndAndFindSurveyOfferAsync(ChatMessage(AgentUserId, "Ana López", AgentAadObjectId, "terminar atención"));
        var command = ChatMessage(AgentUserId, "Ana López", AgentAadObjectId, "encuesta <at>Carlos Ruiz</at>");
        command["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Carlos Ruiz</at>",
            ["mentioned"] = new JsonObject { ["id"] = CustomerId, ["name"] = "Carlos Ruiz" },
        });
        var before = Channel.Calls.Count;
        await PostAsync(command);
        var call = Channel.Calls.Skip(before).Last(call => CardIn(call)?["refresh"] is not null);
        return (sessionId, CardIn(call)!, call.ResponseId!);
    }

    private JsonObject Submitted(string userId, string name, string sessionId, string rating)
    {
        var message = ChatMessage(userId, name, null, "");
        message.Remove("text");
        message["replyToId"] = "card-1";
        message["value"] = new JsonObject { ["verb"] = FeedbackVerbs.Submit, [FeedbackVerbs.SessionProperty] = sessionId, ["rating"] = rating };
        return message;
    }

    private JsonObject ChatMessage(string userId, string name, string? aadObjectId, string text) =>
        MessageIn(ChatId, "groupChat", userId, name, aadObjectId, text);
}
