using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// The Direct Line 3.0 subset the local chat page speaks (polling, as <c>botframework-directlinejs</c> does with
/// <c>webSocket: false</c>): token generate and refresh, start a conversation, post an activity, get activities from a
/// watermark. The user's activity is echoed into the log with its id and <c>clientActivityID</c> at once and its turn
/// queued, so a post is answered before the bot has thought. Local mode only (<see cref="LocalOnlyFilter"/>).
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).AddEndpointFilter<LocalOnlyFilter>().AddEndpointFilter<JsonBodyFilter>();
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", GetConversationAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        return endpoints;
    }

    /// <summary>
    /// POST /tokens/generate with an optional body <c>{"user":{"id":"dl_…","name"},"locale","persona"}</c>: a token for a
    /// new conversation, not yet started (no secret is needed in local mode).
    /// </summary>
    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var request = await ReadStartRequestAsync(http);
        if (request.Error is { } error)
        {
            return DirectLineErrors.BadArgument(error);
        }

        var conversation = conversations.Create(request.UserId, request.Persona, request.Locale);
        return Results.Json(Issue(tokens, conversation, request.UserName), DirectLineJson.Options);
    }

    /// <summary>POST /tokens/refresh: a new token for the same conversation, while the old one is still valid.</summary>
    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var check = await tokens.CheckAsync(http.Request.Headers.Authorization);
        if (check.Token is not { } token)
        {
            return DirectLineErrors.Token(check.Problem);
        }

        return conversations.Find(token.ConversationId) is { } conversation
            ? Results.Json(Issue(tokens, conversation, token.UserName), DirectLineJson.Options)
            : DirectLineErrors.ConversationNotFound();
    }

    /// <summary>
    /// POST /conversations: starts the token's conversation (201; 200 when it was already started) and tells the bot,
    /// as Direct Line does, with a conversationUpdate adding the bot and the user. Without a token (curl, a first try)
    /// a new conversation is made for a local agent.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext http,
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        DirectLineTurns turns,
        TimeProvider time,
        ILogger<DirectLineTurns> logger)
    {
        var check = await tokens.CheckAsync(http.Request.Headers.Authorization);
        DirectLineConversation? conversation;
        string? userName;
        if (check.Problem == DirectLineTokenProblem.Missing)
        {
            var request = await ReadStartRequestAsync(http);
            if (request.Error is { } error)
            {
                return DirectLineErrors.BadArgument(error);
            }

            conversation = conversations.Create(request.UserId, request.Persona, request.Locale);
            userName = request.UserName;
        }
        else if (check.Token is { } token)
        {
            conversation = conversations.Find(token.ConversationId);
            userName = token.UserName;
        }
        else
        {
            return DirectLineErrors.Token(check.Problem);
        }

        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var issued = Issue(tokens, conversation, userName);
        if (!conversation.Start())
        {
            return Results.Json(issued, DirectLineJson.Options, statusCode: StatusCodes.Status200OK);
        }

        DirectLineLog.Started(logger, conversation.Id, conversation.Persona);
        var user = User(conversation, userName);
        var start = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            MembersAdded = [Bot(), user with { Role = null }],
            Locale = conversation.Locale,
        };
        turns.TryEnqueue(FromUser(start, http, conversation, user, time.GetUtcNow()));
        return Results.Json(issued, DirectLineJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// GET /conversations/{id}: the conversation with a fresh token, for a client reconnecting — the local chat page
    /// after a reload (<c>botframework-directlinejs</c> keeps the token this answers; no stream here: clients poll).
    /// </summary>
    private static async Task<IResult> GetConversationAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var (conversation, problem) = await AuthorizeAsync(http, conversationId, tokens, conversations);
        if (conversation is null)
        {
            return problem!;
        }

        var check = await tokens.CheckAsync(http.Request.Headers.Authorization);
        return Results.Json(Issue(tokens, conversation, check.Token?.UserName), DirectLineJson.Options);
    }

    /// <summary>POST /conversations/{id}/activities: echoes the activity with an id at once and queues its turn; answers <c>{"id"}</c>.</summary>
    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        DirectLineTurns turns,
        IOptions<BotFrameworkOptions> options,
        TimeProvider time,
        ILogger<DirectLineTurns> logger)
    {
        var (conversation, problem) = await AuthorizeAsync(http, conversationId, tokens, conversations);
        if (conversation is null)
        {
            return problem!;
        }

        var read = await DirectLineActivityReader.ReadAsync(http.Request, options.Value.MaxRequestBodyBytes, http.RequestAborted);
        if (read.Activity is not { } posted)
        {
            DirectLineLog.Refused(logger, read.Error!);
            return DirectLineErrors.Error(read.StatusCode, "BadArgument", read.Error!);
        }

        var clientActivityId = DirectLineActivityReader.ClientActivityId(posted);
        if (conversation.FindByClientActivityId(clientActivityId) is { } known)
        {
            // Web Chat's "Retry", or Direct Line's client resending after a slow answer: the first post stands.
            DirectLineLog.RetriedPost(logger, clientActivityId!);
            return Results.Json(new ResourceResponse(known), DirectLineJson.Options);
        }

        if (posted.IsType("typing"))
        {
            // Typing is passed to nobody: the bot does not read it and polling clients never receive it.
            return Results.Json(new ResourceResponse($"{conversation.Id}|typing"), DirectLineJson.Options);
        }

        if (conversation.IsFull)
        {
            return DirectLineErrors.Error(StatusCodes.Status409Conflict, "ConversationFull", $"This conversation holds {DirectLineConversation.MaxEntries} activities; start a new one.");
        }

        if (!turns.HasRoom(conversation.Id))
        {
            return DirectLineErrors.TooManyRequests(http, 1000, "The bot has not caught up with this conversation yet; send again in a second.");
        }

        conversation.Start();
        var now = time.GetUtcNow();
        var user = User(conversation, posted.From?.Name);
        // The reader kept only what a client may say; who sent it, where and when is the server's.
        var incoming = FromUser(posted with { Locale = posted.Locale ?? conversation.Locale }, http, conversation, user, now);
        var echoed = conversation.Append(incoming, now, clientActivityId);
        turns.TryEnqueue(WebChatCards.ReadPress(echoed));
        return Results.Json(new ResourceResponse(echoed.Id), DirectLineJson.Options);
    }

    /// <summary>GET /conversations/{id}/activities?watermark=n: what was added after the client's watermark, and the new watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
    {
        var (conversation, problem) = await AuthorizeAsync(http, conversationId, tokens, conversations);
        if (conversation is null)
        {
            return problem!;
        }

        var from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from) || from < 0))
        {
            return DirectLineErrors.BadArgument("The watermark must be a number this conversation gave you.");
        }

        var (activities, next) = conversation.Since(from, time.GetUtcNow());
        return Results.Json(
            new DirectLineActivitySet(activities.Select(a => a with { ServiceUrl = null }).ToList(), next.ToString(CultureInfo.InvariantCulture)),
            DirectLineJson.Options);
    }

    private static async Task<(DirectLineConversation? Conversation, IResult? Problem)> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var check = await tokens.CheckAsync(http.Request.Headers.Authorization);
        if (check.Token is not { } token)
        {
            return (null, DirectLineErrors.Token(check.Problem));
        }

        if (!string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineErrors.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation."));
        }

        return conversations.Find(conversationId) is { } conversation
            ? (conversation, null)
            : (null, DirectLineErrors.ConversationNotFound());
    }

    private static DirectLineConversationResponse Issue(DirectLineTokens tokens, DirectLineConversation conversation, string? userName)
    {
        var token = tokens.New(conversation.Id, conversation.UserId, userName, conversation.Persona);
        return new DirectLineConversationResponse(conversation.Id, tokens.Issue(token), (int)DirectLineTokens.Lifetime.TotalSeconds);
    }

    private static ChannelAccount Bot() => new() { Id = DirectLineBot.Id, Name = DirectLineBot.Name, Role = "bot" };

    private static ChannelAccount User(DirectLineConversation conversation, string? name) => new()
    {
        Id = conversation.UserId,
        Name = string.IsNullOrWhiteSpace(name) ? LocalPeople.DisplayName(conversation.Persona) : name,
        AadObjectId = LocalPeople.ObjectId(conversation.Persona).ToString("D"),
        Role = "user",
    };

    /// <summary>An activity from the user into the conversation, addressed as Direct Line addresses it to a bot.</summary>
    private static Activity FromUser(Activity activity, HttpContext http, DirectLineConversation conversation, ChannelAccount user, DateTimeOffset now) => activity with
    {
        ChannelId = DirectLineBot.ChannelId,
        ServiceUrl = DirectLineConnectorEndpoints.ServiceUrl(http.Request),
        Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", TenantId = LocalPeople.TenantId },
        From = user,
        Recipient = Bot(),
        Timestamp = now,
    };

    private static async Task<StartRequest> ReadStartRequestAsync(HttpContext http)
    {
        StartBody? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            if (http.Request.ContentLength > 16 * 1024)
            {
                return StartRequest.Fail("The body is larger than 16 KB.");
            }

            try
            {
                body = await JsonSerializer.DeserializeAsync<StartBody>(http.Request.Body, DirectLineJson.Options, http.RequestAborted);
            }
            catch (JsonException)
            {
                return StartRequest.Fail("The body must be JSON: {\"user\":{\"id\":\"dl_…\",\"name\":\"…\"},\"locale\":\"es-MX\",\"persona\":\"agent\"}.");
            }
        }

        var persona = DirectLinePersona.Agent;
        if (body?.Persona is { Length: > 0 } named && (!Enum.TryParse(named, ignoreCase: true, out persona) || !Enum.IsDefined(persona)))
        {
            return StartRequest.Fail($"persona must be one of {string.Join(", ", Enum.GetNames<DirectLinePersona>().Select(n => n.ToLowerInvariant()))}.");
        }

        var userId = body?.User?.Id;
        if (userId is not null && (!userId.StartsWith("dl_", StringComparison.Ordinal) || userId.Length > 128))
        {
            return StartRequest.Fail("user.id must start with dl_ and be at most 128 characters, as Direct Line requires.");
        }

        if (body?.Locale is { Length: > 32 })
        {
            return StartRequest.Fail("locale is a language tag such as es-MX.");
        }

        userId ??= $"dl_{persona.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}";
        var name = body?.User?.Name is { Length: > 0 and <= 100 } given ? given : null;
        return new StartRequest(userId, name, persona, body?.Locale, null);
    }

    private sealed record StartBody(ChannelAccount? User, string? Locale, string? Persona);

    private sealed record StartRequest(string UserId, string? UserName, DirectLinePersona Persona, string? Locale, string? Error)
    {
        public static StartRequest Fail(string error) => new(string.Empty, null, DirectLinePersona.Agent, null, error);
    }
}
