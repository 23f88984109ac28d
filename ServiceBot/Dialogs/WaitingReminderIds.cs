using System.Globalization;

namespace ServiceBot.Dialogs;

/// <summary>
/// Ids of the scheduled reminders for a waiting customer: one per threshold, all sharing a prefix per customer and per
/// session, so serving the customer or ending the service cancels exactly theirs.
/// </summary>
public static class WaitingReminderIds
{
    public static string For(string sessionId, int customerIndex, int minutes) =>
        $"{Prefix(sessionId, customerIndex)}{minutes.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>All reminders of one customer, or of the whole session when <paramref name="customerIndex"/> is null.</summary>
    public static string Prefix(string sessionId, int? customerIndex) => customerIndex is { } index
        ? $"waiting:{sessionId}:{index.ToString(CultureInfo.InvariantCulture)}:"
        : $"waiting:{sessionId}:";
}
