using Microsoft.Extensions.Options;
using Polly;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();
    private readonly CountingTokenProvider _tokens = new();
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Send_ToUntrustedServiceUrl_NeverSendsTheToken()
    {
        var sut = CreateSut(mayAttachToken: false);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => sut.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task CreateConversation_PostsParametersAndReturnsTheNewId()
    {
        _channel.Enqueue(new ScriptedResponse(201, """{"id":"a:1qhNL-new","activityId":"x"}"""));
        var sut = CreateSut();

        var created = await sut.CreateConversationAsync(
            ConversationParameters.OneOnOne(new ChannelAccount { Id = "28:bot" }, new ChannelAccount { Id = "29:user" }, "t1"),
            CancellationToken.None);

        Assert.Equal("a:1qhNL-new", created.Id);
        var call = Assert.Single(_channel.Calls);
        Assert.Equal("/amer/v3/conversations", call.Path);
        Assert.Equal("t1", call.Json.GetProperty("tenantId").GetString());
        Assert.Equal("t1", call.Json.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(call.Json.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user", call.Json.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("Bearer token-1", call.Authorization);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityPath()
    {
        var sut = CreateSut();
        var activity = Message();

        await sut.UpdateActivityAsync("act:1", activity, CancellationToken.None);
        await sut.DeleteActivityAsync("a:conv", "act:1", CancellationToken.None);

        Assert.Collection(
            _channel.Calls,
            update => Assert.Equal(("PUT", "/amer/v3/conversations/a%3Aconv/activities/act%3A1"), (update.Method, update.Path)),
            delete => Assert.Equal(("DELETE", "/amer/v3/conversations/a%3Aconv/activities/act%3A1"), (delete.Method, delete.Path)));
    }

    [Fact]
    public async Task GetConversationMember_ReadsTheAccount()
    {
        _channel.Enqueue(new ScriptedResponse(200, """{"id":"29:user","name":"Ana","aadObjectId":"aad-1","email":"ana@example.com"}"""));

        var member = await CreateSut().GetConversationMemberAsync("a:conv", "29:user", CancellationToken.None);

        Assert.Equal("Ana", member.Name);
        Assert.Equal("aad-1", member.AadObjectId);
        Assert.True(member.Properties!.ContainsKey("email"));
    }

    [Fact]
    public async Task Send_On401_RefreshesTheTokenOnceAndRetries()
    {
        _channel.Enqueue(new ScriptedResponse(401));

        await CreateSut().SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _channel.Calls.Select(c => c.Authorization));
        Assert.Equal(1, _tokens.ForcedRefreshes);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_OnTransientStatus_Retries(int status)
    {
        _channel.Enqueue(new ScriptedResponse(status));

        var sent = await CreateSut().SendToConversationAsync(Message(), CancellationToken.None);

        Assert.NotNull(sent.Id);
        Assert.Equal(2, _channel.Calls.Count);
    }

    [Fact]
    public async Task Send_WhenThrottlingOutlastsTheRetries_FailsWithTheChannelsErrorCode()
    {
        _channel.Enqueue(Enumerable.Repeat(new ScriptedResponse(429, """{"error":{"code":"Throttled","message":"later"}}"""), 4).ToArray());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(3, _channel.Calls.Count);
    }

    [Fact]
    public async Task Send_WithRetryAfterBeyondTheLimit_DoesNotWait()
    {
        _channel.Enqueue(new ScriptedResponse(429, null, TimeSpan.FromMinutes(5)));

        await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task Send_On403_FailsWithoutRetrying()
    {
        _channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"BotNotInConversationRoster","message":"blocked"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task ReplyChannel_ThreadsRepliesAndPostsTheRest_AndUpdatesInPlace()
    {
        var sut = new ConnectorReplyChannel(CreateSut());
        var conversation = new ConversationReference { Conversation = new ConversationAccount { Id = "a:conv" } };

        await sut.SendAsync(conversation, Message() with { ReplyToId = "act:9" }, CancellationToken.None);
        await sut.SendAsync(conversation, Message(), CancellationToken.None);
        await sut.UpdateAsync(conversation, "act:1", Message(), CancellationToken.None);

        Assert.Collection(
            _channel.Calls,
            reply => Assert.Equal(("POST", "/amer/v3/conversations/a%3Aconv/activities/act%3A9"), (reply.Method, reply.Path)),
            post => Assert.Equal(("POST", "/amer/v3/conversations/a%3Aconv/activities"), (post.Method, post.Path)),
            update => Assert.Equal(("PUT", "/amer/v3/conversations/a%3Aconv/activities/act%3A1"), (update.Method, update.Path)));
    }

    private ConnectorClient CreateSut(bool mayAttachToken = true)
    {
        var options = new BotFrameworkOptions { ConnectorMaxRetries = 2, ConnectorBaseDelay = TimeSpan.FromMilliseconds(10) };
        return new ConnectorClient(_channel.ServiceUrl(), _http, _tokens, mayAttachToken, ConnectorRetryPolicy.Create(options, TimeProvider.System), refusal: null);
    }

    private static Activity Message() => Activity.CreateMessage("hola") with { Conversation = new ConversationAccount { Id = "a:conv" } };

    private sealed class CountingTokenProvider : IAppTokenProvider
    {
        private int _issued;

        public int ForcedRefreshes { get; private set; }

        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            if (forceRefresh)
            {
                ForcedRefreshes++;
            }

            return Task.FromResult<string?>($"token-{Interlocked.Increment(ref _issued)}");
        }
    }
}
