namespace ServiceBot.Dialogs;

/// <summary>Settings of the coaching dialog (section <c>Dialogs</c>).</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>
    /// The time zone used for "buenos días / buenas tardes / buenas noches" when an activity carries none of its own
    /// (Teams normally sends the user's local time and time zone). An IANA id.
    /// </summary>
    public string DefaultTimeZone { get; set; } = "America/Mexico_City";
}
