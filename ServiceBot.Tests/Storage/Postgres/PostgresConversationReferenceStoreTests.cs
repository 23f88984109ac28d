using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresConversationReferenceStoreTests(PostgresFixture fixture)
    : ConversationReferenceStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
