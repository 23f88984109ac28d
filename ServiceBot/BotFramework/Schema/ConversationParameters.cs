using System.Text.Json;

namespace ServiceBot.BotFramework.Schema;

public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }

    /// <summary>
    /// A Teams 1:1 chat between the bot and one user. Teams reads the tenant from <c>channelData.tenant.id</c> and the
    /// SDK sends the top-level <c>tenantId</c>; both are set.
    /// </summary>
    public static ConversationParameters OneOnOne(ChannelAccount bot, ChannelAccount user, string tenantId) => new()
    {
        IsGroup = false,
        Bot = bot,
        Members = [user],
        TenantId = tenantId,
        ChannelData = ProtocolJson.ToElement(new { tenant = new { id = tenantId } }),
    };
}
