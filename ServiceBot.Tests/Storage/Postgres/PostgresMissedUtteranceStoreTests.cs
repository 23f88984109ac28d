using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresMissedUtteranceStoreTests(PostgresFixture fixture)
    : MissedUtteranceStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
