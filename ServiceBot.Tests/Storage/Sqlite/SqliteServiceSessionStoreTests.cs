namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteServiceSessionStoreTests() : ServiceSessionStoreContractTests(SqliteTestEngine.CreateAsync);
