namespace ServiceBot.Storage;

/// <summary>
/// A write lost a race: the ETag it was based on is stale, or it created a key that now exists.
/// Reload and run the operation again (<see cref="StateTransaction"/> does this).
/// </summary>
public sealed class StoreConflictException : Exception
{
    public StoreConflictException()
    {
    }

    public StoreConflictException(string message)
        : base(message)
    {
    }

    public StoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static StoreConflictException For(string what, string key, string? expectedETag) => new(
        expectedETag is null
            ? $"{what} '{key}' already exists."
            : $"{what} '{key}' was changed or removed by another writer (ETag '{expectedETag}' is stale).");
}
