using Dapper;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Feedback;

/// <summary>
/// <see cref="ISurveyInvitationStore"/> in <c>survey_invitations</c>. The claim is one UPDATE … WHERE used_at IS NULL
/// AND expires_at &gt; now … RETURNING, and the answer is inserted in the same transaction: SQLite's BEGIN IMMEDIATE
/// lets one writer in at a time, and PostgreSQL makes a second UPDATE of the row wait for the first to commit and then
/// find it used. A failed insert rolls the claim back, so a token is never spent without its answer.
/// </summary>
internal sealed class SqlSurveyInvitationStore(StorageDatabase database) : ISurveyInvitationStore
{
    private const string Columns = """
        token_hash AS TokenHash, service_session_id AS ServiceSessionId, agent_id AS AgentId,
        agent_tenant_id AS AgentTenantId, agent_object_id AS AgentObjectId, agent_name AS AgentName, team_id AS TeamId,
        conversation_id AS ConversationId, service_channel AS ServiceChannel, language AS Language,
        content_version AS ContentVersion, created_at AS CreatedAt, expires_at AS ExpiresAt, used_at AS UsedAt,
        customer_id AS CustomerId, customer_object_id AS CustomerObjectId, customer_name AS CustomerName,
        customer_conversation_id AS CustomerConversationId, customer_card_activity_id AS CustomerCardActivityId
        """;

    public async Task<bool> CreateAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default)
    {
        CheckNew(invitation);
        var create = CreateStatement(invitation);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await create.ExecuteAsync(connection, null, cancellationToken) == 1;
    }

    private static void CheckNew(SurveyInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        StorageArguments.Key(invitation.TokenHash, "invitation.TokenHash");
        StorageArguments.Key(invitation.ServiceSessionId, "invitation.ServiceSessionId");
        StorageArguments.Key(invitation.AgentId, "invitation.AgentId");
    }

    private static SqlStatement CreateStatement(SurveyInvitation invitation) => new(
        """
        INSERT INTO survey_invitations (token_hash, service_session_id, agent_id, agent_tenant_id, agent_object_id,
            agent_name, team_id, conversation_id, service_channel, language, content_version, created_at, expires_at, used_at,
            customer_id, customer_object_id, customer_name, customer_conversation_id)
        VALUES (@TokenHash, @ServiceSessionId, @AgentId, @AgentTenantId, @AgentObjectId, @AgentName, @TeamId, @ConversationId,
            @ServiceChannel, @Language, @ContentVersion, @CreatedAt, @ExpiresAt, NULL,
            @CustomerId, @CustomerObjectId, @CustomerName, @CustomerConversationId)
        ON CONFLICT DO NOTHING
        """,
        Row.From(invitation));

    public Task<SurveyInvitation?> FindAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        FindWhereAsync("token_hash = @value", StorageArguments.Key(tokenHash, nameof(tokenHash)), cancellationToken);

    public Task<SurveyInvitation?> FindBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default) =>
        FindWhereAsync("service_session_id = @value", StorageArguments.Key(serviceSessionId, nameof(serviceSessionId)), cancellationToken);

    public Task<bool> ReissueAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default) =>
        ReissueWhereAsync(invitation, "", cancellationToken);

    public Task<bool> ReissueToPersonAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default) =>
        ReissueWhereAsync(invitation, ToPersonCondition(invitation), cancellationToken);

    public async Task<SurveyCardCommit> IssueWithCardAsync(
        SurveyInvitation invitation, bool toPerson, OutboxMessage card, DateTimeOffset heldUntil, ProcessedActivity? processed = null, CancellationToken cancellationToken = default)
    {
        CheckNew(invitation);
        SqlOutboxStore.Check(card);
        if (processed is not null)
        {
            SqlProcessedActivityStore.Check(processed.Key);
        }

        var reissue = ReissueStatement(invitation, toPerson ? ToPersonCondition(invitation) : "");
        var create = CreateStatement(invitation);
        var outcome = SurveyCardCommit.NotIssued;
        try
        {
            await database.WriteInTransactionAsync(
                async (connection, transaction) =>
                {
                    if (await create.ExecuteAsync(connection, transaction, CancellationToken.None) != 1 &&
                        await reissue.ExecuteAsync(connection, transaction, CancellationToken.None) != 1)
                    {
                        return;
                    }

                    if (processed is not null &&
                        !await SqlProcessedActivityStore.TryInsertAsync(connection, transaction, processed, invitation.CreatedAt, CancellationToken.None))
                    {
                        // Another delivery of the activity committed first (it waited on the same row): this one's
                        // issuance is rolled back, so the survey keeps the first delivery's token and card.
                        throw new AlreadyProcessedException();
                    }

                    await SqlOutboxStore.InsertAsync(connection, transaction, [card], invitation.CreatedAt, heldUntil, CancellationToken.None);
                    outcome = SurveyCardCommit.Issued;
                },
                cancellationToken);
        }
        catch (AlreadyProcessedException)
        {
            return SurveyCardCommit.AlreadyProcessed;
        }

        return outcome;
    }

    private sealed class AlreadyProcessedException : Exception;

    /// <summary>Reissued to a person only when it does not already go to them (unexpired): of two presses, one sends.</summary>
    private static string ToPersonCondition(SurveyInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        StorageArguments.Key(invitation.CustomerObjectId!, "invitation.CustomerObjectId");
        return "AND (customer_object_id IS NULL OR customer_object_id <> @CustomerObjectId OR expires_at <= @CreatedAt)";
    }

    /// <summary>The new token, expiry, language and customer for the service's unanswered invitation, if <paramref name="andCondition"/> holds too.</summary>
    private async Task<bool> ReissueWhereAsync(SurveyInvitation invitation, string andCondition, CancellationToken cancellationToken)
    {
        var reissue = ReissueStatement(invitation, andCondition);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await reissue.ExecuteAsync(connection, null, cancellationToken) == 1;
    }

    private static SqlStatement ReissueStatement(SurveyInvitation invitation, string andCondition)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        StorageArguments.Key(invitation.TokenHash, "invitation.TokenHash");
        StorageArguments.Key(invitation.ServiceSessionId, "invitation.ServiceSessionId");
        return new(
            $"""
            UPDATE survey_invitations SET token_hash = @TokenHash, expires_at = @ExpiresAt, language = @Language,
                customer_id = @CustomerId, customer_object_id = @CustomerObjectId, customer_name = @CustomerName,
                customer_conversation_id = @CustomerConversationId, customer_card_activity_id = NULL
            WHERE service_session_id = @ServiceSessionId AND used_at IS NULL {andCondition}
            """,
            Row.From(invitation));
    }

    public async Task SetCustomerCardAsync(string tokenHash, string conversationId, string? activityId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(tokenHash, nameof(tokenHash));
        StorageArguments.Key(conversationId, nameof(conversationId));
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE survey_invitations SET customer_conversation_id = @conversationId, customer_card_activity_id = @activityId
            WHERE token_hash = @tokenHash
            """,
            new { tokenHash, conversationId, activityId },
            cancellationToken: cancellationToken));
    }

    public async Task ForgetCustomerAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(tokenHash, nameof(tokenHash));
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE survey_invitations SET customer_id = NULL, customer_object_id = NULL, customer_name = NULL,
                customer_conversation_id = NULL, customer_card_activity_id = NULL
            WHERE token_hash = @tokenHash AND used_at IS NULL
            """,
            new { tokenHash },
            cancellationToken: cancellationToken));
    }

    public async Task<SurveyInvitation?> FindLatestForCustomerAsync(string conversationId, string customerId, string? customerObjectId = null, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(conversationId, nameof(conversationId));
        StorageArguments.Key(customerId, nameof(customerId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM survey_invitations
            WHERE customer_conversation_id = @conversationId
                AND (customer_id = @customerId OR customer_object_id = @customerObjectId)
            ORDER BY created_at DESC
            """,
            new { conversationId, customerId, customerObjectId },
            cancellationToken: cancellationToken));
        return row?.ToInvitation();
    }

    public async Task<SurveyClaim> ClaimAsync(string tokenHash, SurveyAnswer answer, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(tokenHash, nameof(tokenHash));
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            UPDATE survey_invitations SET used_at = @now
            WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now
            RETURNING {Columns}
            """,
            new { tokenHash, now = UnixTime.ToMilliseconds(now) },
            transaction,
            cancellationToken: cancellationToken));
        if (claimed is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            var found = await FindAsync(tokenHash, cancellationToken);
            return new SurveyClaim(found?.StateAt(now) ?? SurveyState.Unknown, found, null);
        }

        var invitation = claimed.ToInvitation();
        var response = ResponseFor(invitation, answer, now);
        SqlFeedbackStore.Validate(response);
        if (!await FeedbackRows.InsertAsync(connection, transaction, response, cancellationToken))
        {
            // The session was answered another way (its Teams card): the link is answered too.
            await transaction.RollbackAsync(cancellationToken);
            return new SurveyClaim(SurveyState.Answered, invitation, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SurveyClaim(SurveyState.Open, invitation with { UsedAt = now }, response);
    }

    private static FeedbackResponse ResponseFor(SurveyInvitation invitation, SurveyAnswer answer, DateTimeOffset now) => new()
    {
        ServiceSessionId = invitation.ServiceSessionId,
        AgentId = invitation.AgentId,
        AgentObjectId = invitation.AgentObjectId,
        TeamId = invitation.TeamId,
        Rating = answer.Rating,
        Aspects = answer.Aspects,
        Effort = answer.Effort,
        Comment = answer.Comment,
        Language = invitation.Language,
        Source = answer.Source,
        ServiceChannel = invitation.ServiceChannel,
        ContentVersion = invitation.ContentVersion,
        SubmittedAt = now,
    };

    private async Task<SurveyInvitation?> FindWhereAsync(string condition, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM survey_invitations WHERE {condition}",
            new { value },
            cancellationToken: cancellationToken));
        return row?.ToInvitation();
    }

    /// <summary>The table's shape; integers are long because both engines return 64-bit integers here.</summary>
    private sealed class Row
    {
        public string TokenHash { get; init; } = "";

        public string ServiceSessionId { get; init; } = "";

        public string AgentId { get; init; } = "";

        public string? AgentTenantId { get; init; }

        public string? AgentObjectId { get; init; }

        public string? AgentName { get; init; }

        public string? TeamId { get; init; }

        public string? ConversationId { get; init; }

        public string? ServiceChannel { get; init; }

        public string Language { get; init; } = "";

        public string? ContentVersion { get; init; }

        public long CreatedAt { get; init; }

        public long ExpiresAt { get; init; }

        public long? UsedAt { get; init; }

        public string? CustomerId { get; init; }

        public string? CustomerObjectId { get; init; }

        public string? CustomerName { get; init; }

        public string? CustomerConversationId { get; init; }

        public string? CustomerCardActivityId { get; init; }

        public static Row From(SurveyInvitation invitation) => new()
        {
            TokenHash = invitation.TokenHash,
            ServiceSessionId = invitation.ServiceSessionId,
            AgentId = invitation.AgentId,
            AgentTenantId = invitation.AgentTenantId,
            AgentObjectId = invitation.AgentObjectId,
            AgentName = invitation.AgentName,
            TeamId = invitation.TeamId,
            ConversationId = invitation.ConversationId,
            ServiceChannel = invitation.ServiceChannel,
            Language = invitation.Language.Code(),
            ContentVersion = invitation.ContentVersion,
            CreatedAt = UnixTime.ToMilliseconds(invitation.CreatedAt),
            ExpiresAt = UnixTime.ToMilliseconds(invitation.ExpiresAt),
            CustomerId = invitation.CustomerId,
            CustomerObjectId = invitation.CustomerObjectId,
            CustomerName = invitation.CustomerName,
            CustomerConversationId = invitation.CustomerConversationId,
        };

        public SurveyInvitation ToInvitation() => new()
        {
            TokenHash = TokenHash,
            ServiceSessionId = ServiceSessionId,
            AgentId = AgentId,
            AgentTenantId = AgentTenantId,
            AgentObjectId = AgentObjectId,
            AgentName = AgentName,
            TeamId = TeamId,
            ConversationId = ConversationId,
            ServiceChannel = ServiceChannel,
            Language = Language == Localization.Language.English.Code() ? Localization.Language.English : Localization.Language.Spanish,
            ContentVersion = ContentVersion,
            CreatedAt = UnixTime.FromMilliseconds(CreatedAt),
            ExpiresAt = UnixTime.FromMilliseconds(ExpiresAt),
            UsedAt = UsedAt is { } used ? UnixTime.FromMilliseconds(used) : null,
            CustomerId = CustomerId,
            CustomerObjectId = CustomerObjectId,
            CustomerName = CustomerName,
            CustomerConversationId = CustomerConversationId,
            CustomerCardActivityId = CustomerCardActivityId,
        };
    }
}
