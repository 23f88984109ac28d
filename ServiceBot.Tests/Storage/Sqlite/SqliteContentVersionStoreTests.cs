namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteContentVersionStoreTests() : ContentVersionStoreContractTests(SqliteTestEngine.CreateAsync);
