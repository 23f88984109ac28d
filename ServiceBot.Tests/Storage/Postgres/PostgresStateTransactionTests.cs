using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresStateTransactionTests(PostgresFixture fixture)
    : StateTransactionContractTests(() => PostgresTestEngine.CreateAsync(fixture));
