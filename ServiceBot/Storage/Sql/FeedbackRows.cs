using System.Data.Common;
using System.Text.Json;
using Dapper;
using ServiceBot.Localization;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// The <c>feedback_responses</c> row and its <c>feedback_aspects</c> rows, written inside a caller's transaction (the
/// feedback store's own insert, or a survey token's claim) so an answer and its aspects land together or not at all.
/// </summary>
internal static class FeedbackRows
{
    public const string Columns = """
        service_session_id AS ServiceSessionId, agent_id AS AgentId, team_id AS TeamId, rating AS Rating,
        aspects AS Aspects, effort AS Effort, comment AS Comment, language AS Language, source AS Source,
        content_version AS ContentVersion, submitted_at AS SubmittedAt, service_channel AS ServiceChannel,
        agent_object_id AS AgentObjectId
        """;

    /// <summary>Inserts the answer unless its session has one; true when it was inserted.</summary>
    public static async Task<bool> InsertAsync(DbConnection connection, DbTransaction transaction, FeedbackResponse response, CancellationToken cancellationToken)
    {
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO feedback_responses (service_session_id, agent_id, team_id, rating, aspects, effort, comment,
                language, source, content_version, submitted_at, service_channel, agent_object_id)
            VALUES (@ServiceSessionId, @AgentId, @TeamId, @Rating, @Aspects, @Effort, @Comment,
                @Language, @Source, @ContentVersion, @SubmittedAt, @ServiceChannel, @AgentObjectId)
            ON CONFLICT (service_session_id) DO NOTHING
            """,
            Row.From(response),
            transaction,
            cancellationToken: cancellationToken));
        if (rows != 1)
        {
            return false;
        }

        foreach (var aspect in response.Aspects.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO feedback_aspects (service_session_id, aspect, agent_id, team_id, submitted_at)
                VALUES (@sessionId, @aspect, @agentId, @teamId, @submittedAt)
                """,
                new
                {
                    sessionId = response.ServiceSessionId,
                    aspect,
                    agentId = response.AgentId,
                    teamId = response.TeamId,
                    submittedAt = UnixTime.ToMilliseconds(response.SubmittedAt),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        return true;
    }

    /// <summary>The table's shape; integers are long because both engines return 64-bit integers here.</summary>
    internal sealed class Row
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

        public string? ServiceChannel { get; init; }

        public string? AgentObjectId { get; init; }

        public static Row From(FeedbackResponse response) => new()
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
            ServiceChannel = response.ServiceChannel,
            AgentObjectId = response.AgentObjectId,
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
            ServiceChannel = ServiceChannel,
            AgentObjectId = AgentObjectId,
        };
    }
}
