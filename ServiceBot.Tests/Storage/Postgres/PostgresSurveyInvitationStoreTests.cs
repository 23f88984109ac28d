using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresSurveyInvitationStoreTests(PostgresFixture fixture)
    : SurveyInvitationStoreContractTests(() => PostgresTestEngine.CreateAsync(fixture));
