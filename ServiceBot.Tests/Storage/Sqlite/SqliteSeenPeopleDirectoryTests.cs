namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteSeenPeopleDirectoryTests() : SeenPeopleDirectoryContractTests(SqliteTestEngine.CreateAsync);
