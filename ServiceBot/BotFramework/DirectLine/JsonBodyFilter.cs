using System.Net.Http.Headers;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// A request with a body must say it is JSON (415 otherwise): a web page on another site can post a form or text to
/// this computer without asking, but not <c>application/json</c>.
/// </summary>
public sealed class JsonBodyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !(MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
                string.Equals(type.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return ValueTask.FromResult<object?>(DirectLineErrors.Error(
                StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Only Content-Type: application/json bodies are accepted."));
        }

        return next(context);
    }
}
