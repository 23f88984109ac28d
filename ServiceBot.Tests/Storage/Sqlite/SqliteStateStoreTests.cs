namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteStateStoreTests() : StateStoreContractTests(SqliteTestEngine.CreateAsync);
