namespace ServiceBot.LoadTest.Tests.Fixtures;

/// <summary>
/// A fact that needs the PostgreSQL server of <c>SERVICEBOT_TEST_POSTGRES</c> (<c>source .ci/start-postgres</c>):
/// skipped with that hint on a dev box without it, run (and failing) in CI (<c>CI=true</c>).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SERVICEBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Needs {Variable}: start a throwaway server with `source .ci/start-postgres`, then run the tests from that shell.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
