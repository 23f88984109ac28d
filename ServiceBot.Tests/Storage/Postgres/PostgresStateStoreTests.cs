using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresStateStoreTests(PostgresFixture fixture)
    : StateStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
