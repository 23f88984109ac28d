using System.Text.Json;
using Dapper;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary><see cref="IConversationReferenceStore"/> in <c>conversation_references</c>, JSON as <see cref="ProtocolJson"/> writes it.</summary>
internal sealed class SqlConversationReferenceStore(StorageDatabase database, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parameters = new
        {
            conversationId = StorageArguments.Key(reference.Conversation?.Id, "reference.Conversation.Id"),
            userId = StorageArguments.Key(reference.User?.Id, "reference.User.Id"),
            channelId = StorageArguments.Key(reference.ChannelId, "reference.ChannelId"),
            serviceUrl = StorageArguments.Key(reference.ServiceUrl, "reference.ServiceUrl"),
            aadObjectId = NormalizeAadObjectId(reference.User?.AadObjectId),
            json = JsonSerializer.Serialize(reference, ProtocolJson.Options),
            now = UnixTime.ToMilliseconds(time.GetUtcNow()),
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_references (conversation_id, user_id, channel_id, service_url, aad_object_id, json, updated_at)
            VALUES (@conversationId, @userId, @channelId, @serviceUrl, @aadObjectId, @json, @now)
            ON CONFLICT (conversation_id, user_id) DO UPDATE SET channel_id = excluded.channel_id,
                service_url = excluded.service_url, aad_object_id = excluded.aad_object_id, json = excluded.json,
                updated_at = excluded.updated_at
            """,
            parameters,
            cancellationToken: cancellationToken));
    }

    public async Task<ConversationReference?> GetAsync(
        string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(conversationId, nameof(conversationId));
        StorageArguments.Key(userId, nameof(userId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT json FROM conversation_references WHERE conversation_id = @conversationId AND user_id = @userId",
            new { conversationId, userId },
            cancellationToken: cancellationToken));
        return json is null ? null : Deserialize(json);
    }

    public async Task<IReadOnlyList<ConversationReference>> FindByUserAsync(
        string userId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(userId, nameof(userId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT json FROM conversation_references WHERE user_id = @userId
            ORDER BY updated_at DESC, conversation_id
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return rows.Select(Deserialize).ToList();
    }

    public async Task<IReadOnlyList<ConversationReference>> FindByAadObjectIdAsync(
        string aadObjectId, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(aadObjectId, nameof(aadObjectId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT json FROM conversation_references WHERE aad_object_id = @aadObjectId
            ORDER BY updated_at DESC, conversation_id
            """,
            new { aadObjectId = NormalizeAadObjectId(aadObjectId) },
            cancellationToken: cancellationToken));
        return rows.Select(Deserialize).ToList();
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

    private static ConversationReference Deserialize(string json) =>
        JsonSerializer.Deserialize<ConversationReference>(json, ProtocolJson.Options)!;
}
