namespace ServiceBot.Understanding;

/// <summary>An intent and how likely the classifier finds it (0–1).</summary>
public readonly record struct IntentScore(Intent Intent, float Probability);
