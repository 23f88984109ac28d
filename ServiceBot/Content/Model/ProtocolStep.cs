namespace ServiceBot.Content.Model;

/// <summary>
/// One step of the service protocol: what it is for, what to do, a tip, and why it matters; <see cref="ShiftCheck"/> puts
/// it in the once-per-shift self-check.
/// </summary>
public sealed record ProtocolStep(
    string Id,
    int Order,
    ProtocolPhase Phase,
    LocalizedText Title,
    LocalizedText Checklist,
    LocalizedText Purpose,
    IReadOnlyList<LocalizedText> Do,
    LocalizedText Tip,
    IReadOnlyList<Foundation> Why,
    bool ShiftCheck = false);
