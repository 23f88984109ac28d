using Dapper;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// A retention purge on SQLite, in small batches: SQLite has one writer for the whole process, so one large DELETE would
/// hold it (and every turn's commit) for as long as it took. Each batch is a write of its own in the group commit, so
/// turns commit between them.
/// </summary>
internal static class SqliteBatchedPurge
{
    /// <summary>Rows one batch deletes.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Runs <paramref name="batchSql"/> (a DELETE of at most <c>@limit</c> rows, those older than <c>@cutoff</c>) until a
    /// batch deletes fewer than <see cref="BatchSize"/>; returns how many rows went in all.
    /// </summary>
    public static async Task<int> RunAsync(StorageDatabase database, string batchSql, long cutoff, CancellationToken cancellationToken)
    {
        var purged = 0;
        int deleted;
        do
        {
            var batch = 0;
            await database.WriteAsync(
                async (connection, transaction) => batch = await connection.ExecuteAsync(new CommandDefinition(batchSql, new { cutoff, limit = BatchSize }, transaction)),
                cancellationToken);
            deleted = batch;
            purged += deleted;
        }
        while (deleted == BatchSize);

        return purged;
    }
}
