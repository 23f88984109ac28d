using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresContentRevisionStoreTests(PostgresFixture fixture)
    : ContentRevisionStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
