using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresScheduledMessageStoreTests(PostgresFixture fixture)
    : ScheduledMessageStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
