namespace ServiceBot.Admin;

/// <summary>
/// <c>UnderstandingMisses</c>: whether what agents typed and the bot did not understand is kept (as text) for the
/// studio's list, and for how long.
/// </summary>
public sealed class MissedUtteranceOptions
{
    public const string Section = "UnderstandingMisses";

    /// <summary>
    /// Keep the text typed (up to <see cref="MaxTextLength"/> characters). Off: only a count per best-guess intent is
    /// kept, never what was typed. A message the bot did not understand may hold a customer's details.
    /// </summary>
    public bool KeepText { get; set; } = true;

    /// <summary>Days a text is kept after it was last typed.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 365)]
    public int RetentionDays { get; set; } = 30;

    public const int MaxTextLength = 200;
}
