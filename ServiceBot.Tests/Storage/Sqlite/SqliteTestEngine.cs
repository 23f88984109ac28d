using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Storage;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Tests.Storage.Sqlite;

/// <summary>A SQLite database in a fresh temp folder, deleted at the end.</summary>
internal sealed class SqliteTestEngine : IStorageTestEngine
{
    public SqliteTestEngine()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "servicebot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    public string DataFolder { get; }

    public string FilePath => Path.Combine(DataFolder, StorageOptions.SqliteFileName);

    public StorageProvider Provider => StorageProvider.Sqlite;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataFolder"] = DataFolder,
    };

    public static Task<IStorageTestEngine> CreateAsync() => Task.FromResult<IStorageTestEngine>(new SqliteTestEngine());

    public StorageDatabase Open(TimeProvider time) => new SqliteDatabase(FilePath, time, NullLogger<StorageDatabase>.Instance);

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned by the OS eventually.
        }

        return ValueTask.CompletedTask;
    }
}
