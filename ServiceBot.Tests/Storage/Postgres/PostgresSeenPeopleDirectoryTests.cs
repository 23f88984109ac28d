using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresSeenPeopleDirectoryTests(PostgresFixture fixture)
    : SeenPeopleDirectoryContractTests(() => PostgresTestEngine.CreateAsync(fixture));
