using System.Text;
using Dapper;
using ServiceBot.Localization;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IFeedbackStore"/> in <c>feedback_responses</c>. The service session id is the primary key, so a
/// second answer for one service is refused by the database itself, across instances too.
/// </summary>
internal sealed class SqlFeedbackStore(StorageDatabase database, TimeProvider time) : IFeedbackStore
{
    private const string Columns = FeedbackRows.Columns;

    public async Task<FeedbackInsertResult> InsertAsync(FeedbackResponse response, CancellationToken cancellationToken = default)
    {
        Validate(response);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var recorded = await FeedbackRows.InsertAsync(connection, transaction, response, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return recorded ? FeedbackInsertResult.Recorded : FeedbackInsertResult.AlreadyRecorded;
    }

    public async Task<FeedbackResponse?> GetBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(serviceSessionId, nameof(serviceSessionId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedbackRows.Row>(new CommandDefinition(
            $"SELECT {Columns} FROM feedback_responses WHERE service_session_id = @serviceSessionId",
            new { serviceSessionId },
            cancellationToken: cancellationToken));
        return row?.ToResponse();
    }

    public async Task<IReadOnlyList<FeedbackResponse>> QueryAsync(FeedbackQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {Columns} FROM feedback_responses WHERE submitted_at >= @from AND submitted_at < @to");
        if (query.AgentId is not null)
        {
            sql.Append(" AND agent_id = @agentId");
        }

        if (query.TeamId is not null)
        {
            sql.Append(" AND team_id = @teamId");
        }

        sql.Append(" ORDER BY submitted_at, service_session_id");
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedbackRows.Row>(new CommandDefinition(
            sql.ToString(),
            new { from = UnixTime.ToMilliseconds(query.From), to = UnixTime.ToMilliseconds(query.To), agentId = query.AgentId, teamId = query.TeamId },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToResponse()).ToList();
    }

    public async Task<int> PurgeCommentsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feedback_responses SET comment = NULL, comment_purged_at = @now
            WHERE submitted_at < @cutoff AND comment IS NOT NULL
            """,
            new { cutoff = UnixTime.ToMilliseconds(cutoff), now = UnixTime.ToMilliseconds(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
    }

    internal static void Validate(FeedbackResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        StorageArguments.Key(response.ServiceSessionId, "response.ServiceSessionId");
        StorageArguments.Key(response.AgentId, "response.AgentId");
        if (response.Rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.Rating, "Rating must be between 1 and 5.");
        }

        if (response.Effort is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.Effort, "Effort must be between 1 and 7.");
        }

        if (response.Aspects.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Aspects must not contain empty ids.", nameof(response));
        }
    }
}
