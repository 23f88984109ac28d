using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresStorageRestartTests(PostgresFixture fixture)
    : StorageRestartContractTests(() => PostgresTestEngine.CreateAsync(fixture));
