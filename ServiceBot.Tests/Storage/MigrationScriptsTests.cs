using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void For_BothProviders_HaveTheSameNumberedScripts()
    {
        var sqlite = MigrationScripts.For(StorageProvider.Sqlite);
        var postgres = MigrationScripts.For(StorageProvider.Postgres);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Select(script => (script.Version, script.Name)), postgres.Select(script => (script.Version, script.Name)));
        Assert.Equal(1, sqlite[0].Version);
        Assert.Equal("initial", sqlite[0].Name);
        Assert.Contains("CREATE TABLE state_items", sqlite[0].Sql, StringComparison.Ordinal);
    }
}
