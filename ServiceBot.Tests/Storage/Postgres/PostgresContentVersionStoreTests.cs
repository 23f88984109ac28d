using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresContentVersionStoreTests(PostgresFixture fixture)
    : ContentVersionStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
