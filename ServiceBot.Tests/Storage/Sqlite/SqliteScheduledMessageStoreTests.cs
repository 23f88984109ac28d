namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteScheduledMessageStoreTests() : ScheduledMessageStoreContractTests(SqliteTestEngine.CreateAsync);
