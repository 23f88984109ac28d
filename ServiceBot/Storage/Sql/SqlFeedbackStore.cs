using System.Text;
using System.Text.Json;
using Dapper;
using ServiceBot.Localization;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IFeedbackStore"/> in <c>feedback_responses</c>. The service session id is the primary key, so a
/// second answer for one service is refused by the database itself, across instances too.
/// </summary>
internal sealed class SqlFeedbackStore(StorageDatabase database, TimeProvider time) : IFeedbackStore
{
    private const string Columns = """
        service_session_id AS ServiceSessionId, agent_id AS AgentId, team_id AS TeamId, rating AS Rating,
        aspects AS Aspects, effort AS Effort, comment AS Comment, language AS Language, source AS Source,
        content_version AS ContentVersion, submitted_at AS SubmittedAt
        """;

    public async Task<FeedbackInsertResult> InsertAsync(FeedbackResponse response, CancellationToken cancellationToken = default)
    {
        Validate(response);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO feedback_responses (service_session_id, agent_id, team_id, rating, aspects, effort, comment,
                language, source, content_version, submitted_at)
            VALUES (@ServiceSessionId, @AgentId, @TeamId, @Rating, @Aspects, @Effort, @Comment,
                @Language, @Source, @ContentVersion, @SubmittedAt)
            ON CONFLICT (service_session_id) DO NOTHING
            """,
            FeedbackRow.From(response),
            cancellationToken: cancellationToken));
        return rows == 1 ? FeedbackInsertResult.Recorded : FeedbackInsertResult.AlreadyRecorded;
    }

    public async Task<FeedbackResponse?> GetBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(serviceSessionId, nameof(serviceSessionId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedbackRow>(new CommandDefinition(
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
        var rows = await connection.QueryAsync<FeedbackRow>(new CommandDefinition(
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

    private static void Validate(FeedbackResponse response)
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

    /// <summary>The table's shape; integers are long because both engines return 64-bit integers here.</summary>
    private sealed class FeedbackRow
    {
        public string ServiceSessionId { get; init; } = "";

        public string AgentId { get; init; } = "";

        public string? TeamId { get; init; }

        public long Rating { get; init; }

        public string Aspects { get; init; } = "[]";

        public long? Effort { get; init; }

        public string? Comment { get; init; }

        public string Language { get; init; } = "";

        public string Source { get; init; } = "";

        public string? ContentVersion { get; init; }

        public long SubmittedAt { get; init; }

        public static FeedbackRow From(FeedbackResponse response) => new()
        {
            ServiceSessionId = response.ServiceSessionId,
            AgentId = response.AgentId,
            TeamId = response.TeamId,
            Rating = response.Rating,
            Aspects = JsonSerializer.Serialize(response.Aspects),
            Effort = response.Effort,
            Comment = response.Comment,
            Language = response.Language.Code(),
            Source = response.Source.ToString(),
            ContentVersion = response.ContentVersion,
            SubmittedAt = UnixTime.ToMilliseconds(response.SubmittedAt),
        };

        public FeedbackResponse ToResponse() => new()
        {
            ServiceSessionId = ServiceSessionId,
            AgentId = AgentId,
            TeamId = TeamId,
            Rating = (int)Rating,
            Aspects = JsonSerializer.Deserialize<List<string>>(Aspects) ?? [],
            Effort = (int?)Effort,
            Comment = Comment,
            Language = Language == Localization.Language.English.Code() ? Localization.Language.English : Localization.Language.Spanish,
            Source = Enum.Parse<FeedbackSource>(Source),
            ContentVersion = ContentVersion,
            SubmittedAt = UnixTime.FromMilliseconds(SubmittedAt),
        };
    }
}
