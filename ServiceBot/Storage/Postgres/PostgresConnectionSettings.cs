using System.Data.Common;
using Npgsql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// The settings ServiceBot gives its PostgreSQL connections unless the connection string says otherwise: the turn's
/// few statements are prepared on the server after their second use (<c>Max Auto Prepare</c>, <c>Auto Prepare Min
/// Usages</c>), a connection going back to the pool is not reset (<c>No Reset On Close</c>: ServiceBot leaves no
/// session state behind; its locks and settings end with their transaction), and an error in a batch names the
/// statement that failed (<c>Include Failed Batched Command</c>, so a turn's stale write is reported as such).
/// </summary>
internal static class PostgresConnectionSettings
{
    public const int MaxAutoPrepare = 64;

    public const int AutoPrepareMinUsages = 2;

    public static NpgsqlConnectionStringBuilder Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Names(given, "Auto Prepare Min Usages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!Names(given, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Names(given, "Include Failed Batched Command"))
        {
            builder.IncludeFailedBatchedCommand = true;
        }

        return builder;
    }

    /// <summary>Whether the connection string sets <paramref name="keyword"/>, spelt with or without its spaces.</summary>
    private static bool Names(DbConnectionStringBuilder given, string keyword) =>
        given.Keys.Cast<string>().Any(key =>
            string.Equals(key.Replace(" ", string.Empty, StringComparison.Ordinal), keyword.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
}
