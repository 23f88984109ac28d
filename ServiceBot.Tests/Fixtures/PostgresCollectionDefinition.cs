namespace ServiceBot.Tests.Fixtures;

/// <summary>The test classes that share one <see cref="PostgresFixture"/> (one server, one run id).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
