using ServiceBot.Content.Model;
using ServiceBot.Dialogs;

namespace ServiceBot.Cards;

/// <summary>
/// What the service at a glance shows, worked out by the dialog; <see cref="ServiceCard"/> draws it. <see cref="ShiftCheck"/>
/// holds the self-check's points while the shift's self-check is open (else empty).
/// </summary>
public sealed record ServiceView(
    int Minutes,
    ServiceStage Stage,
    IReadOnlyList<ProtocolStep> StageSteps,
    Temperament Mood,
    Register Register,
    Channel Channel,
    IReadOnlyList<Phrase> Phrases,
    IReadOnlyList<WaitingLine> Waiting,
    string? Note,
    Playbook? SuggestedPlaybook,
    IReadOnlyList<ProtocolStep>? ShiftCheck = null);

/// <summary>A customer waiting in line: their place in the session and how long they have waited.</summary>
public sealed record WaitingLine(int Index, int Minutes);
