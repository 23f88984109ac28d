namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteSurveyInvitationStoreTests() : SurveyInvitationStoreContractTests(SqliteTestEngine.CreateAsync);
