using System.Text.Json;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// The Connector side of the local Direct Line, as the real Direct Line service has one: the serviceUrl of every
/// activity from the local page points here, so what the bot sends outside a turn (a supervisor's call for help, a
/// waiting-customer reminder, a retried reply) reaches the page's log through the ordinary Connector client over
/// loopback. Send, reply and update of an activity; local mode only.
/// </summary>
public static class DirectLineConnectorEndpoints
{
    public const string BasePath = "/directline/connector";

    /// <summary>The serviceUrl for activities received through <paramref name="request"/>'s host.</summary>
    public static string ServiceUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{BasePath}/";
    }

    public static IEndpointRouteBuilder MapDirectLineConnector(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath + "/v3/conversations/{conversationId}/activities").AddEndpointFilter<LocalOnlyFilter>().AddEndpointFilter<JsonBodyFilter>();
        group.MapPost("/", (HttpContext http, string conversationId, DirectLineReplyChannel replies) => SendAsync(http, conversationId, null, replies));
        group.MapPost("/{activityId}", (HttpContext http, string conversationId, string activityId, DirectLineReplyChannel replies) => SendAsync(http, conversationId, activityId, replies));
        group.MapPut("/{activityId}", UpdateAsync);
        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext http, string conversationId, string? replyToId, DirectLineReplyChannel replies)
    {
        var activity = await ReadAsync(http);
        if (activity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "An Activity (JSON object) is expected.");
        }

        return await RespondAsync(() => replies.SendAsync(Reference(conversationId), activity with { ReplyToId = replyToId ?? activity.ReplyToId }, http.RequestAborted));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string conversationId, string activityId, DirectLineReplyChannel replies)
    {
        var activity = await ReadAsync(http);
        if (activity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "An Activity (JSON object) is expected.");
        }

        return await RespondAsync(() => replies.UpdateAsync(Reference(conversationId), activityId, activity, http.RequestAborted));
    }

    private static async Task<IResult> RespondAsync(Func<Task<ResourceResponse>> action)
    {
        try
        {
            return Results.Json(await action(), ProtocolJson.Options);
        }
        catch (ConnectorException ex)
        {
            return Results.Json(new { error = new { code = ex.ErrorCode, message = ex.Message } }, statusCode: (int)ex.StatusCode);
        }
    }

    private static ConversationReference Reference(string conversationId) =>
        new() { Conversation = new ConversationAccount { Id = conversationId }, ChannelId = DirectLineBot.ChannelId };

    private static async Task<Activity?> ReadAsync(HttpContext http)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
