using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Content;

/// <summary>Where the dialog content lives and how edits are picked up.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder, absolute or relative to the content root. Empty: the nearest <c>dialogs/</c> folder with a
    /// <c>schema/</c> subfolder, from the content root upwards (the repository's, when run from source), else the copy
    /// next to the application.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>Whether edits are reloaded while the bot runs.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>How long the folder must be quiet after an edit before it is reloaded, so a burst of saves reloads once.</summary>
    [Range(50, 60_000, ErrorMessage = "Content:ReloadDebounceMilliseconds must be between 50 and 60000.")]
    public int ReloadDebounceMilliseconds { get; init; } = 500;

    /// <summary>How often each instance checks which content revision is published (a publish is live everywhere within this time).</summary>
    [Range(100, 600_000, ErrorMessage = "Content:PublishPollMilliseconds must be between 100 and 600000.")]
    public int PublishPollMilliseconds { get; init; } = 2000;
}
