using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>Reads a request body into an <see cref="Activity"/> within a size limit, or says precisely why it cannot.</summary>
public static class ActivityReader
{
    public sealed record Result(Activity? Activity, int StatusCode, string? Error)
    {
        public static Result Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

        public static Result Fail(int statusCode, string error) => new(null, statusCode, error);
    }

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
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
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result.Fail(StatusCodes.Status400BadRequest, "The body is JSON but not an object; an Activity is expected.");
            }

            activity = document.RootElement.Deserialize<Activity>(ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            return Result.Fail(StatusCodes.Status400BadRequest, $"The body is not valid JSON or has a field of the wrong type{where}{PathOf(ex)}.");
        }

        return Validate(activity!);
    }

    private static Result Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "Not an Activity: the type field is required.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) ||
            !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The serviceUrl field must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Result.Fail(StatusCodes.Status400BadRequest, "The conversation.id field is required.");
        }

        return Result.Ok(activity);
    }

    private static string PathOf(JsonException ex) => string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" ({ex.Path})";

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
