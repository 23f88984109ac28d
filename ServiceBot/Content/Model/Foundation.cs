namespace ServiceBot.Content.Model;

/// <summary>
/// A piece of the "why" behind the protocol; <see cref="Order"/> is its position within its group. <see cref="DailyTip"/>
/// puts it in the tip-of-the-day rotation.
/// </summary>
public sealed record Foundation(string Id, FoundationGroup Group, int Order, LocalizedText Title, LocalizedText Text, bool DailyTip = false);
