using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Reads an activity a client posts to the local Direct Line, within a size limit, or says why not (400 or 413 with
/// the reason). Only what a client may say is kept — type, text, value, locale, the client's time and time zone,
/// attachments, entities, channelData, replyToId, name — with invisible characters removed from text and value;
/// who sent it, to whom, in which conversation and channel is decided by the server.
/// </summary>
public static class DirectLineActivityReader
{
    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, "typing"];

    public sealed record Result(Activity? Activity, int StatusCode, string? Error)
    {
        public static Result Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

        public static Result Fail(int statusCode, string error) => new(null, statusCode, error);
    }

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return Result.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Result.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The request body is empty; an Activity (JSON) is expected.");
        }

        Activity? posted;
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result.Fail(StatusCodes.Status400BadRequest, "The body is JSON but not an object; an Activity is expected.");
            }

            posted = document.RootElement.Deserialize<Activity>(ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            return Result.Fail(StatusCodes.Status400BadRequest, $"The body is not valid JSON or has a field of the wrong type{where}.");
        }
        catch (InvalidOperationException)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The body has a string that is not valid text (an unpaired surrogate).");
        }

        if (posted is null || string.IsNullOrWhiteSpace(posted.Type))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "Not an Activity: the type field is required.");
        }

        if (!AcceptedTypes.Contains(posted.Type, StringComparer.Ordinal))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, $"The local Direct Line accepts {string.Join(", ", AcceptedTypes)} activities, not {posted.Type}.");
        }

        if (posted.ReplyToId?.Length > ActivityReader.MaxIdLength || posted.Name?.Length > ActivityReader.MaxIdLength)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, $"replyToId and name are at most {ActivityReader.MaxIdLength} characters.");
        }

        return Result.Ok(new Activity
        {
            Type = posted.Type,
            Text = TextSanitizer.Clean(posted.Text),
            TextFormat = posted.TextFormat,
            Value = TextSanitizer.Clean(posted.Value),
            Locale = posted.Locale,
            LocalTimestamp = posted.LocalTimestamp,
            LocalTimezone = posted.LocalTimezone,
            Attachments = posted.Attachments,
            Entities = posted.Entities,
            ChannelData = posted.ChannelData,
            ReplyToId = posted.ReplyToId,
            Name = posted.Name,
            From = posted.From,
        });
    }

    /// <summary>The <c>channelData.clientActivityID</c> Web Chat puts on what it sends, if any.</summary>
    public static string? ClientActivityId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data &&
            data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
    }
}
