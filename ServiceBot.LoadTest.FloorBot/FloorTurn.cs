using System.Text.Json;

namespace ServiceBot.LoadTest.FloorBot;

/// <summary>
/// POST /api/messages: parse (400), validate the channel token (401), then an invoke is answered in the response
/// body and any other activity with one reply to its serviceUrl (502 when the channel refuses it).
/// </summary>
public sealed class FloorTurn(ChannelTokenValidator validator, ReplySender replies)
{
    private static readonly FloorInvokeResponse InvokeAnswer = new(200, "application/vnd.microsoft.activity.message", "✓");

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        FloorActivity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(http.Request.Body, FloorJson.Default.FloorActivity, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest("The body is not an activity.");
        }

        if (activity is not { Type: not null, ServiceUrl: not null, ChannelId: not null, Conversation.Id: not null, From: not null, Recipient: not null })
        {
            return Results.BadRequest("The activity lacks type, serviceUrl, channelId, conversation, from or recipient.");
        }

        if (!await validator.IsValidAsync(http.Request.Headers.Authorization.FirstOrDefault(), activity, cancellationToken))
        {
            return Results.Unauthorized();
        }

        if (activity.Type == "invoke")
        {
            return Results.Json(InvokeAnswer, FloorJson.Default.FloorInvokeResponse);
        }

        return await replies.ReplyAsync(activity, cancellationToken) ? Results.Ok() : Results.StatusCode(StatusCodes.Status502BadGateway);
    }
}
