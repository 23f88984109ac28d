using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>
/// The base of every engine contract test class: each test gets an empty database on the engine its concrete
/// class names (SQLite or PostgreSQL) and a manual clock.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private readonly Func<Task<IStorageTestEngine>> createEngine;
    private readonly List<StorageDatabase> opened = [];
    private IStorageTestEngine? engine;

    private protected StorageContractTests(Func<Task<IStorageTestEngine>> createEngine)
    {
        this.createEngine = createEngine;
    }

    protected ManualTimeProvider Time { get; } = new();

    private protected IStorageTestEngine Engine => engine ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync() => engine = await createEngine();

    public async Task DisposeAsync()
    {
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        if (engine is not null)
        {
            await engine.DisposeAsync();
        }
    }

    /// <summary>A handle on the test's database; each call is a separate "instance" with its own pool.</summary>
    private protected StorageDatabase OpenDatabase()
    {
        var database = Engine.Open(Time);
        opened.Add(database);
        return database;
    }
}
