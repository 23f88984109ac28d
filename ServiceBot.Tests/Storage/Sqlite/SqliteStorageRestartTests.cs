namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteStorageRestartTests() : StorageRestartContractTests(SqliteTestEngine.CreateAsync);
