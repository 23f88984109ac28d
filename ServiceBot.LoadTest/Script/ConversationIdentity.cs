using System.Globalization;

namespace ServiceBot.LoadTest.Script;

/// <summary>
/// Who talks in simulated conversation number <c>Index</c>: a distinct agent in a distinct 1:1 chat, as Teams names
/// them (29: user ids, a: conversation ids, an Entra object id), so no two conversations share state.
/// </summary>
internal sealed record ConversationIdentity(int Index, string ConversationId, string UserId, string AadObjectId, string UserName)
{
    public const string TenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    public static ConversationIdentity For(string runTag, int index)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        var objectId = new Guid(index, 0x4c0a, 0x4b00, 0x80, 0, 0, 0, 0, 0, 0, 0x17).ToString();
        return new ConversationIdentity(
            index,
            $"a:loadbench-{runTag}-{number};personal",
            $"29:loadbench-{runTag}-user-{number}",
            objectId,
            $"Agente {number}");
    }
}
