namespace ServiceBot.Storage;

/// <summary>The database engine behind the stores (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>An embedded file in <c>Storage:DataFolder</c>: one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server at <c>Storage:ConnectionString</c>: several instances share it.</summary>
    Postgres,
}
