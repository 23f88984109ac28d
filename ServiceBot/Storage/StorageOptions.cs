namespace ServiceBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file's name inside <see cref="DataFolder"/>.</summary>
    public const string SqliteFileName = "servicebot.db";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>
    /// The instance's own folder, relative to the content root unless absolute: the SQLite database file, and with
    /// either provider the saved intent classifiers (<c>classifiers/</c>).
    /// </summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>PostgreSQL only (required there): an Npgsql connection string.</summary>
    public string? ConnectionString { get; init; }

    public RetentionOptions Retention { get; init; } = new();
}
