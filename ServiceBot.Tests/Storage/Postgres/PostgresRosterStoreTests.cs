using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresRosterStoreTests(PostgresFixture fixture)
    : RosterStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
