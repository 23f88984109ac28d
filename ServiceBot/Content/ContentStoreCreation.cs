namespace ServiceBot.Content;

/// <summary>
/// Creates the <see cref="ContentStore"/> once (for a database: open and migrate it, seed or load the live revision,
/// prepare the snapshot). <see cref="Begin"/> starts it on the thread pool as soon as the app is built, so it runs
/// while the endpoints are mapped and the host starts; the store's registration waits for the same creation, and a
/// start that never called <see cref="Begin"/> creates it there. A failure reaches whoever waits, as the same exception.
/// </summary>
public sealed class ContentStoreCreation(Func<Task<ContentStore>> create)
{
    private readonly Lazy<Task<ContentStore>> _creation = new(() => Task.Run(create), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts the creation if it has not started; returns at once.</summary>
    public void Begin() => _ = _creation.Value;

    /// <summary>Waits for the store (runs once while the host starts, with no synchronization context).</summary>
    public ContentStore Wait() => _creation.Value.GetAwaiter().GetResult();
}
