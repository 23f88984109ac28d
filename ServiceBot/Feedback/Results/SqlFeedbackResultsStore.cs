using System.Text;
using Dapper;
using ServiceBot.Storage;

namespace ServiceBot.Feedback.Results;

/// <summary>
/// <see cref="IFeedbackResultsStore"/> in SQL both engines run: GROUP BY over <c>feedback_responses</c> (served by its
/// results index), <c>survey_invitations</c> (services ended, for the response rate) and <c>feedback_aspects</c>.
/// Weeks are whole multiples of 7 days from a Monday, computed on the stored milliseconds, so both engines agree.
/// </summary>
internal sealed class SqlFeedbackResultsStore(StorageDatabase database) : IFeedbackResultsStore
{
    private const long WeekMilliseconds = 7L * 24 * 60 * 60 * 1000;

    /// <summary>Monday 1970-01-05 00:00 UTC.</summary>
    private const long WeekOrigin = 4L * 24 * 60 * 60 * 1000;

    private static readonly string Tally = $"""
        COUNT(*) AS Answers,
        CAST(SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) AS bigint) AS Satisfied,
        CAST(SUM(rating) AS bigint) AS RatingSum,
        COUNT(effort) AS EffortAnswers,
        CAST(COALESCE(SUM(effort), 0) AS bigint) AS EffortSum,
        CAST(SUM(CASE WHEN effort >= {ResultsTally.EasyFrom} THEN 1 ELSE 0 END) AS bigint) AS EffortEasy
        """;

    public async Task<FeedbackResults> GetAsync(ResultsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.TeamIds is { Count: 0 })
        {
            return new FeedbackResults(query, ResultsTally.Empty, [], [], [], []);
        }

        var parameters = new
        {
            from = UnixTime.ToMilliseconds(query.From),
            to = UnixTime.ToMilliseconds(query.To),
            teams = query.TeamIds?.ToArray(),
            agentId = query.AgentId,
            agentObjectId = query.AgentObjectId,
            origin = WeekOrigin,
            week = WeekMilliseconds,
            limit = query.LowScoreLimit,
        };
        var answers = Where(query, "submitted_at");
        var offered = Where(query, "created_at");
        var aspectsSql = AspectsSql(query);
        await using var connection = await database.OpenAsync(cancellationToken);

        var byAgent = (await connection.QueryAsync<AgentRow>(new CommandDefinition(
            $"SELECT agent_id AS AgentId, {Tally} FROM feedback_responses WHERE {answers} GROUP BY agent_id", parameters, cancellationToken: cancellationToken))).ToList();
        var offeredByAgent = (await connection.QueryAsync<OfferedAgentRow>(new CommandDefinition(
            $"SELECT agent_id AS AgentId, MAX(agent_name) AS AgentName, MAX(team_id) AS TeamId, COUNT(*) AS Offered FROM survey_invitations WHERE {offered} GROUP BY agent_id",
            parameters, cancellationToken: cancellationToken))).ToDictionary(row => row.AgentId, StringComparer.Ordinal);
        var byWeek = (await connection.QueryAsync<WeekRow>(new CommandDefinition(
            $"SELECT (submitted_at - @origin) / @week AS Week, {Tally} FROM feedback_responses WHERE {answers} GROUP BY (submitted_at - @origin) / @week",
            parameters, cancellationToken: cancellationToken))).ToList();
        var offeredByWeek = (await connection.QueryAsync<OfferedWeekRow>(new CommandDefinition(
            $"SELECT (created_at - @origin) / @week AS Week, COUNT(*) AS Offered FROM survey_invitations WHERE {offered} GROUP BY (created_at - @origin) / @week",
            parameters, cancellationToken: cancellationToken))).ToDictionary(row => row.Week);
        var aspects = (await connection.QueryAsync<AspectRow>(new CommandDefinition(aspectsSql, parameters, cancellationToken: cancellationToken))).ToList();
        var low = (await connection.QueryAsync<LowRow>(new CommandDefinition(
            $"""
            SELECT service_session_id AS ServiceSessionId, agent_id AS AgentId, team_id AS TeamId, rating AS Rating, comment AS Comment, submitted_at AS SubmittedAt
            FROM feedback_responses WHERE {answers} AND rating <= 2 ORDER BY submitted_at DESC LIMIT @limit
            """,
            parameters, cancellationToken: cancellationToken))).ToList();

        var agents = byAgent.Select(row => row.AgentId).Union(offeredByAgent.Keys, StringComparer.Ordinal)
            .Select(id =>
            {
                var tally = byAgent.FirstOrDefault(row => row.AgentId == id)?.ToTally() ?? ResultsTally.Empty;
                var offer = offeredByAgent.GetValueOrDefault(id);
                return new AgentResults(id, offer?.AgentName, offer?.TeamId, tally with { Offered = offer?.Offered ?? 0 });
            })
            .OrderByDescending(agent => agent.Tally.Answers).ThenBy(agent => agent.AgentName ?? agent.AgentId, StringComparer.Ordinal)
            .ToList();
        var weeks = byWeek.Select(row => row.Week).Union(offeredByWeek.Keys).Order()
            .Select(week => new WeekResults(
                UnixTime.FromMilliseconds(WeekOrigin + (week * WeekMilliseconds)),
                (byWeek.FirstOrDefault(row => row.Week == week)?.ToTally() ?? ResultsTally.Empty) with { Offered = offeredByWeek.GetValueOrDefault(week)?.Offered ?? 0 }))
            .ToList();
        var total = agents.Aggregate(ResultsTally.Empty, (sum, agent) => sum.Add(agent.Tally));
        var names = agents.ToDictionary(agent => agent.AgentId, agent => agent.AgentName, StringComparer.Ordinal);
        return new FeedbackResults(
            query,
            total,
            agents,
            weeks,
            [.. aspects.Select(row => new AspectCount(row.Aspect, row.Count)).OrderByDescending(a => a.Count).ThenBy(a => a.AspectId, StringComparer.Ordinal)],
            [.. low.Select(row => new LowScore(row.ServiceSessionId, row.AgentId, names.GetValueOrDefault(row.AgentId), row.TeamId, (int)row.Rating, row.Comment, UnixTime.FromMilliseconds(row.SubmittedAt)))]);
    }

    private string Where(ResultsQuery query, string timeColumn)
    {
        var sql = new StringBuilder($"{timeColumn} >= @from AND {timeColumn} < @to");
        if (query.TeamIds is not null)
        {
            // Dapper expands a list for SQLite; Npgsql takes it as one array parameter.
            sql.Append(database.Provider == StorageProvider.Postgres ? " AND team_id = ANY(@teams)" : " AND team_id IN @teams");
        }

        if (query.AgentId is not null)
        {
            sql.Append(" AND agent_id = @agentId");
        }

        if (query.AgentObjectId is not null)
        {
            sql.Append(" AND agent_object_id = @agentObjectId");
        }

        return sql.ToString();
    }

    /// <summary>Aspect rows carry the agent and team; only an Entra-id filter needs the answers joined.</summary>
    private string AspectsSql(ResultsQuery query)
    {
        if (query.AgentObjectId is null)
        {
            return $"SELECT aspect AS Aspect, COUNT(*) AS Count FROM feedback_aspects WHERE {Where(query, "submitted_at")} GROUP BY aspect";
        }

        var where = Where(query, "r.submitted_at").Replace(" team_id", " r.team_id", StringComparison.Ordinal)
            .Replace(" agent_id", " r.agent_id", StringComparison.Ordinal).Replace(" agent_object_id", " r.agent_object_id", StringComparison.Ordinal);
        return $"""
            SELECT a.aspect AS Aspect, COUNT(*) AS Count FROM feedback_aspects a
            JOIN feedback_responses r ON r.service_session_id = a.service_session_id
            WHERE {where} GROUP BY a.aspect
            """;
    }

    private class TallyRow
    {
        public long Answers { get; init; }

        public long Satisfied { get; init; }

        public long RatingSum { get; init; }

        public long EffortAnswers { get; init; }

        public long EffortSum { get; init; }

        public long EffortEasy { get; init; }

        public ResultsTally ToTally() => new(Answers, Satisfied, RatingSum, EffortAnswers, EffortSum, EffortEasy, 0);
    }

    private sealed class AgentRow : TallyRow
    {
        public string AgentId { get; init; } = "";
    }

    private sealed class WeekRow : TallyRow
    {
        public long Week { get; init; }
    }

    private sealed class OfferedAgentRow
    {
        public string AgentId { get; init; } = "";

        public string? AgentName { get; init; }

        public string? TeamId { get; init; }

        public long Offered { get; init; }
    }

    private sealed class OfferedWeekRow
    {
        public long Week { get; init; }

        public long Offered { get; init; }
    }

    private sealed class AspectRow
    {
        public string Aspect { get; init; } = "";

        public long Count { get; init; }
    }

    private sealed class LowRow
    {
        public string ServiceSessionId { get; init; } = "";

        public string AgentId { get; init; } = "";

        public string? TeamId { get; init; }

        public long Rating { get; init; }

        public string? Comment { get; init; }

        public long SubmittedAt { get; init; }
    }
}
