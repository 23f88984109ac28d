using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresServiceSessionStoreTests(PostgresFixture fixture)
    : ServiceSessionStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
