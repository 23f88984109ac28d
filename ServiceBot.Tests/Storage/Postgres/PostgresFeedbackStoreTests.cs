using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresFeedbackStoreTests(PostgresFixture fixture)
    : FeedbackStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
