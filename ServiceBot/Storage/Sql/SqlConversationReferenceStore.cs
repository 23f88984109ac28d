using System.Text.Json;
using Dapper;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IConversationReferenceStore"/> in <c>conversation_references</c>, JSON as <see cref="ProtocolJson"/> writes
/// it, the provenance as text (<c>unknown</c> for rows written before it was kept).
/// </summary>
internal sealed class SqlConversationReferenceStore(StorageDatabase database, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, ServiceUrlProvenance provenance, CancellationToken cancellationToken = default)
    {
        var save = SaveStatement(reference, provenance, time.GetUtcNow());
        await database.WriteAsync((connection, transaction) => save.ExecuteAsync(connection, transaction, CancellationToken.None), cancellationToken);
    }

    public async Task<bool> SaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default)
    {
        var rows = await database.WriteTogetherAsync(SaveWithNewStateStatements(reference, provenance, stateKey, stateJson), cancellationToken);
        return rows[1] == 1;
    }

    public Task RehearseSaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default) =>
        database.RehearseTogetherAsync(SaveWithNewStateStatements(reference, provenance, stateKey, stateJson), cancellationToken);

    /// <summary>The reference's save, then the state item it comes with as a new record (arguments checked here).</summary>
    private SqlStatement[] SaveWithNewStateStatements(ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson)
    {
        StorageArguments.Key(stateKey, nameof(stateKey));
        StorageArguments.Json(stateJson, nameof(stateJson));
        var now = time.GetUtcNow();
        return [SaveStatement(reference, provenance, now), SqlStateStore.WriteStatement(stateKey, stateJson, expectedETag: null, now, ETags.New())];
    }

    /// <summary>The reference's insert or replacement (arguments checked here).</summary>
    private static SqlStatement SaveStatement(ConversationReference reference, ServiceUrlProvenance provenance, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!Enum.IsDefined(provenance))
        {
            throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "Not a known provenance.");
        }

        return new SqlStatement(
            """
            INSERT INTO conversation_references (conversation_id, user_id, channel_id, service_url, aad_object_id, json, provenance, updated_at)
            VALUES (@conversationId, @userId, @channelId, @serviceUrl, @aadObjectId, @json, @provenance, @now)
            ON CONFLICT (conversation_id, user_id) DO UPDATE SET channel_id = excluded.channel_id,
                service_url = excluded.service_url, aad_object_id = excluded.aad_object_id, json = excluded.json,
                provenance = excluded.provenance, updated_at = excluded.updated_at
            """,
            new
            {
                conversationId = StorageArguments.Key(reference.Conversation?.Id, "reference.Conversation.Id"),
                userId = StorageArguments.Key(reference.User?.Id, "reference.User.Id"),
                channelId = StorageArguments.Key(reference.ChannelId, "reference.ChannelId"),
                serviceUrl = StorageArguments.Key(reference.ServiceUrl, "reference.ServiceUrl"),
                aadObjectId = NormalizeAadObjectId(reference.User?.AadObjectId),
                json = JsonSerializer.Serialize(reference, ProtocolJson.Options),
                provenance = ProvenanceText(provenance),
                now = UnixTime.ToMilliseconds(now),
            });
    }

    public async Task<StoredConversationReference?> GetAsync(
        string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(conversationId, nameof(conversationId));
        StorageArguments.Key(userId, nameof(userId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT json, provenance FROM conversation_references WHERE conversation_id = @conversationId AND user_id = @userId",
            new { conversationId, userId },
            cancellationToken: cancellationToken));
        return row is null ? null : Read(row);
    }

    public async Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(
        string userId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(userId, nameof(userId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT json, provenance FROM conversation_references WHERE user_id = @userId
            ORDER BY updated_at DESC, conversation_id
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return rows.Select(Read).ToList();
    }

    public async Task<IReadOnlyList<StoredConversationReference>> FindByAadObjectIdAsync(
        string aadObjectId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(aadObjectId, nameof(aadObjectId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT json, provenance FROM conversation_references WHERE aad_object_id = @aadObjectId
            ORDER BY updated_at DESC, conversation_id
            """,
            new { aadObjectId = NormalizeAadObjectId(aadObjectId) },
            cancellationToken: cancellationToken));
        return rows.Select(Read).ToList();
    }

    public async Task<bool> DeleteAsync(string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(conversationId, nameof(conversationId));
        StorageArguments.Key(userId, nameof(userId));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM conversation_references WHERE conversation_id = @conversationId AND user_id = @userId",
            new { conversationId, userId },
            cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Entra object ids are GUIDs: compared in one canonical form, whatever case a config file wrote.</summary>
    private static string? NormalizeAadObjectId(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value, out var guid) ? guid.ToString("D")
        : value.Trim();

    private static StoredConversationReference Read(Row row) =>
        new(JsonSerializer.Deserialize<ConversationReference>(row.Json, ProtocolJson.Options)!, ParseProvenance(row.Provenance));

    internal static string ProvenanceText(ServiceUrlProvenance provenance) => provenance switch
    {
        ServiceUrlProvenance.VerifiedChannel => "verified-channel",
        ServiceUrlProvenance.UnverifiedChannel => "unverified-channel",
        ServiceUrlProvenance.LocalMode => "local-mode",
        _ => "unknown",
    };

    // Anything unrecognised is the least trusted that still allows allow-listed hosts.
    internal static ServiceUrlProvenance ParseProvenance(string? text) => text switch
    {
        "verified-channel" => ServiceUrlProvenance.VerifiedChannel,
        "unverified-channel" => ServiceUrlProvenance.UnverifiedChannel,
        "local-mode" => ServiceUrlProvenance.LocalMode,
        _ => ServiceUrlProvenance.Unknown,
    };

    private sealed record Row(string Json, string? Provenance);
}
