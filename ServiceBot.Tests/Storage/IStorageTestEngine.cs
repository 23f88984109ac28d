using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

/// <summary>One empty database on one engine, for one test.</summary>
internal interface IStorageTestEngine : IAsyncDisposable
{
    StorageProvider Provider { get; }

    /// <summary>The <c>Storage</c> settings that point the app at this database.</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>A new handle on the same database with its own connection pool, like another app instance.</summary>
    StorageDatabase Open(TimeProvider time);
}
