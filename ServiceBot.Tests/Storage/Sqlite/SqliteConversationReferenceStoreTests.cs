namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteConversationReferenceStoreTests() : ConversationReferenceStoreContractTests(SqliteTestEngine.CreateAsync);
