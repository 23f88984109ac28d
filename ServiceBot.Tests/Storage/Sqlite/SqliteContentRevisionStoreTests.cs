namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteContentRevisionStoreTests() : ContentRevisionStoreContractTests(SqliteTestEngine.CreateAsync);
