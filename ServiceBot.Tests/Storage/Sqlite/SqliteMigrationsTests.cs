namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteMigrationsTests() : MigrationContractTests(SqliteTestEngine.CreateAsync);
