namespace ServiceBot.Content.Model;

/// <summary>Everything the draft check applies to an agent's written reply.</summary>
public sealed record DraftReviewRules(
    IReadOnlyList<PresenceRule> Presence,
    RegisterRule Register,
    IReadOnlyList<ToneRule> Tone,
    CapsRule Caps);
