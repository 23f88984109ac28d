namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteTurnStoreTests() : TurnStoreContractTests(SqliteTestEngine.CreateAsync);
