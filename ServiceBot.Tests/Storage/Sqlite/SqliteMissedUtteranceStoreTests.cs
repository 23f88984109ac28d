namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteMissedUtteranceStoreTests() : MissedUtteranceStoreContractTests(SqliteTestEngine.CreateAsync);
