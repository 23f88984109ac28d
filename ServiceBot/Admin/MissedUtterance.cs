namespace ServiceBot.Admin;

/// <summary>
/// Something agents typed that the bot did not act on, as the studio lists it: the text (null when texts are not
/// kept), its language, how often and when it was last seen, and the bot's last best guess.
/// </summary>
public sealed record MissedUtterance(
    string Key, string? Text, string Language, string Intent, string Outcome, double Confidence, long Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
