using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresMigrationsTests(PostgresFixture fixture)
    : MigrationContractTests(() => PostgresTestEngine.CreateAsync(fixture));
