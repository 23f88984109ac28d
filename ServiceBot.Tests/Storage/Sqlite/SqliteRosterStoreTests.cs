namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteRosterStoreTests() : RosterStoreContractTests(SqliteTestEngine.CreateAsync);
