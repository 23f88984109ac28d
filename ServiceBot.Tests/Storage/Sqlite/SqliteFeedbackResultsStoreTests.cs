namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteFeedbackResultsStoreTests() : FeedbackResultsStoreContractTests(SqliteTestEngine.CreateAsync);
