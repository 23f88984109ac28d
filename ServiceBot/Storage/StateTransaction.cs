using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>
/// Load → compute → save with the loaded ETag; when another writer got there first, reload and compute again.
/// The compute function may therefore run more than once: keep side effects (sending replies) until it returns.
/// State is serialized with <see cref="ProtocolJson.Options"/>.
/// </summary>
public static class StateTransaction
{
    public const int DefaultMaxAttempts = 8;

    /// <summary>Runs <paramref name="update"/> (null when nothing is stored yet) and returns the state that was saved.</summary>
    /// <exception cref="StoreConflictException">Still conflicting after <see cref="DefaultMaxAttempts"/> attempts.</exception>
    public static Task<T> RunAsync<T>(
        IStateStore store, string key, Func<T?, T> update, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync<T>(store, key, (state, _) => ValueTask.FromResult(update(state)), DefaultMaxAttempts, cancellationToken);

    /// <summary>Runs <paramref name="update"/> (null when nothing is stored yet) and returns the state that was saved.</summary>
    /// <exception cref="StoreConflictException">Still conflicting after <paramref name="maxAttempts"/> attempts.</exception>
    public static async Task<T> RunAsync<T>(
        IStateStore store,
        string key,
        Func<T?, CancellationToken, ValueTask<T>> update,
        int maxAttempts = DefaultMaxAttempts,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(update);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);

        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(key, cancellationToken);
            var current = item is null ? null : JsonSerializer.Deserialize<T>(item.Json, ProtocolJson.Options);
            var next = await update(current, cancellationToken);
            var json = JsonSerializer.Serialize(next, ProtocolJson.Options);
            try
            {
                await store.WriteAsync(key, json, item?.ETag, cancellationToken);
                return next;
            }
            catch (StoreConflictException) when (attempt < maxAttempts)
            {
                // Two instances retrying in lockstep would collide again: spread them out a little.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
            }
        }
    }
}
