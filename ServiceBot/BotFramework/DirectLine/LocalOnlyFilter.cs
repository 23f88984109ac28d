namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Answers 404 to every request <see cref="LocalOnly"/> does not allow.</summary>
public sealed class LocalOnlyFilter(LocalOnly localOnly) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return localOnly.Allows(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound());
    }
}
