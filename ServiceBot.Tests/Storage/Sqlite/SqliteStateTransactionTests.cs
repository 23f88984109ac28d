namespace ServiceBot.Tests.Storage.Sqlite;

public sealed class SqliteStateTransactionTests() : StateTransactionContractTests(SqliteTestEngine.CreateAsync);
