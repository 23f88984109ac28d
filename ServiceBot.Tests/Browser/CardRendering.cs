namespace ServiceBot.Tests.Browser;

/// <summary>A card as the official renderer drew it at one width: its height, its visible text, and what a reader cannot see whole.</summary>
public sealed record CardRendering(
    string Name,
    int Width,
    int Height,
    string VisibleText,
    IReadOnlyList<ClippedText> Clipped,
    IReadOnlyList<string> Errors,
    string? Screenshot);

/// <summary>Text cut off on screen: <see cref="Where"/> is "text" or "action"; <see cref="How"/> says what cut it.</summary>
public sealed record ClippedText(string Text, string Where, string How)
{
    public override string ToString() => $"{Where} \"{Text}\" ({How})";
}
