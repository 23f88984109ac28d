using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresTurnStoreTests(PostgresFixture fixture)
    : TurnStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
