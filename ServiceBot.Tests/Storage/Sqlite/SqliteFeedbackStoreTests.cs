namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteFeedbackStoreTests() : FeedbackStoreContractTests(SqliteTestEngine.CreateAsync);
