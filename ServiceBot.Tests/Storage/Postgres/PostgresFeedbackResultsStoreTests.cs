using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresFeedbackResultsStoreTests(PostgresFixture fixture)
    : FeedbackResultsStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
