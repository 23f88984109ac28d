namespace ServiceBot.Storage;

/// <summary>One numbered SQL script from <c>Storage/Migrations/{Provider}/NNNN_name.sql</c>.</summary>
internal sealed record MigrationScript(long Version, string Name, string Sql);
