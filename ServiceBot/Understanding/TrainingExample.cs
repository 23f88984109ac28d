namespace ServiceBot.Understanding;

/// <summary>One utterance the classifier learns from, already normalised, and the intent it teaches.</summary>
public readonly record struct TrainingExample(Intent Intent, string Text);
