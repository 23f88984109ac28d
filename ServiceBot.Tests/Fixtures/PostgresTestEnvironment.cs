namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// Where the PostgreSQL tests find their server: <c>SERVICEBOT_TEST_POSTGRES</c>, set by <c>source .ci/start-postgres</c>.
/// Without it they are skipped on a dev box and fail in CI (<c>CI=true</c>).
/// </summary>
public static class PostgresTestEnvironment
{
    public const string VariableName = "SERVICEBOT_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (configured, or in CI where they must).</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"PostgreSQL tests need {VariableName}. Start a throwaway server with `source .ci/start-postgres` " +
          "(it sets the variable), then run the tests from that shell."
        : null;

    public static string RequireConnectionString() => ConnectionString ?? throw new InvalidOperationException(
        $"{VariableName} is not set and CI=true: PostgreSQL tests may not be skipped in CI. " +
        ".ci/run sources .ci/start-postgres, which starts PostgreSQL and sets it; check that script's output.");
}
