namespace ServiceBot.LoadTest.Bots;

/// <summary>The database a bot under test is given (the floor bot keeps nothing).</summary>
internal enum StorageEngine
{
    None,
    Sqlite,
    Postgres,
}
