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

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void EveryScript_EndsItsLastStatementWithASemicolon(StorageProvider provider)
    {
        // The pending scripts go to the database as one command (MigrationRunner): a script whose last statement had no
        // semicolon would run into the next script's first one.
        var scripts = MigrationScripts.For(provider).ToList();
        if (MigrationScripts.BaselineFor(provider, scripts) is { } baseline)
        {
            scripts.Add(baseline);
        }

        Assert.All(scripts, script => Assert.True(
            LastCodeLine(script.Sql).EndsWith(';'),
            $"{provider} migration {script.Version:0000}_{script.Name}.sql: its last statement does not end with ';'"));
    }

    private static string LastCodeLine(string sql) =>
        sql.Split('\n').Select(line => line.Trim()).Last(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal));
}
