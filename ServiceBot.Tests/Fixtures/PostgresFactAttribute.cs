namespace ServiceBot.Tests.Fixtures;

/// <summary>A fact that needs PostgreSQL: skipped with instructions on a dev box without it, run (and failing) in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresTestEnvironment.SkipReason;
    }
}
