using System.Security.Cryptography;
using System.Text;

namespace ServiceBot.Dialogs;

/// <summary>
/// Session ids derived from the activity that opened the session, so a turn that is run again (after a storage
/// conflict or a redelivery) opens the same session instead of a second one.
/// </summary>
public static class SessionIds
{
    public static string For(string? conversationId, string activityId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId}|{activityId}"));
        return "s-" + Convert.ToHexStringLower(hash)[..20];
    }
}
