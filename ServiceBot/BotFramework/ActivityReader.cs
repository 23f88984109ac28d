using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// Reads a request body into an <see cref="Activity"/> within a size limit, or says precisely why it cannot: ids of
/// sane length, a sender on messages and invokes, and in local mode a JSON body (a web page cannot post one) naming a
/// loopback serviceUrl. The text and the string values of <c>value</c> arrive without invisible characters
/// (<see cref="TextSanitizer"/>).
/// </summary>
public static class ActivityReader
{
    /// <summary>Longest id accepted (Teams' longest, conversation ids with a message id, are well under 200 characters).</summary>
    public const int MaxIdLength = 512;

    public const int MaxServiceUrlLength = 2048;

    /// <summary>What the endpoint enforces: the size limit, and local mode's stricter rules.</summary>
    public sealed record Rules(int MaxBytes, bool LocalMode);

    public sealed record Result(Activity? Activity, int StatusCode, string? Error)
    {
        public static Result Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

        public static Result Fail(int statusCode, string error) => new(null, statusCode, error);
    }

    public static async Task<Result> ReadAsync(HttpRequest request, Rules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        var maxBytes = rules.MaxBytes;
        if (rules.LocalMode && !IsJson(request.ContentType))
        {
            return Result.Fail(
                StatusCodes.Status415UnsupportedMediaType,
                "In local mode only Content-Type: application/json is accepted (a web page cannot send it to another site).");
        }

        if (request.ContentLength > maxBytes)
        {
            return Result.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        var body = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return Result.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        if (body.Length == 0)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The request body is empty; an Activity (JSON) is expected.");
        }

        Activity? activity;
        try
        {
            // Read straight from the bytes (no document first): the first token says whether it is an object at all.
            if (!StartsAnObject(body))
            {
                return Result.Fail(StatusCodes.Status400BadRequest, "The body is JSON but not an object; an Activity is expected.");
            }

            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            return Result.Fail(StatusCodes.Status400BadRequest, $"The body is not valid JSON or has a field of the wrong type{where}{PathOf(ex)}.");
        }
        catch (InvalidOperationException)
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The body has a string that is not valid text (an unpaired surrogate).");
        }

        var problem = Validate(activity!, rules);
        return problem is null
            ? Result.Ok(activity! with { Text = TextSanitizer.Clean(activity!.Text), Value = TextSanitizer.Clean(activity.Value) })
            : Result.Fail(StatusCodes.Status400BadRequest, problem);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static string? Validate(Activity activity, Rules rules)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "Not an Activity: the type field is required.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) ||
            activity.ServiceUrl.Length > MaxServiceUrlLength ||
            !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return $"The serviceUrl field must be an absolute http(s) URL of at most {MaxServiceUrlLength} characters.";
        }

        if (rules.LocalMode && !serviceUrl.IsLoopback)
        {
            return "In local mode (no MicrosoftAppId) the serviceUrl must be a loopback address, such as http://127.0.0.1:9999/.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The conversation.id field is required.";
        }

        if (TooLongId(activity) is { } field)
        {
            return $"The {field} field is longer than {MaxIdLength} characters.";
        }

        if ((activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Invoke)) && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return $"A {activity.Type} needs a sender: the from.id field is required.";
        }

        return null;
    }

    private static string? TooLongId(Activity activity)
    {
        (string Field, string? Value)[] ids =
        [
            ("id", activity.Id),
            ("channelId", activity.ChannelId),
            ("replyToId", activity.ReplyToId),
            ("conversation.id", activity.Conversation?.Id),
            ("conversation.tenantId", activity.Conversation?.TenantId),
            ("from.id", activity.From?.Id),
            ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id),
        ];
        return ids.FirstOrDefault(id => id.Value?.Length > MaxIdLength).Field;
    }

    /// <summary>Whether the body's first token (comments skipped) opens an object; invalid JSON throws, as a full read would.</summary>
    private static bool StartsAnObject(byte[] body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject;
    }

    private static string PathOf(JsonException ex) => string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" ({ex.Path})";

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
