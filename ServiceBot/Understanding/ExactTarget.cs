using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>What a message made only of known words means: the intent and, for a moment's label, the moment.</summary>
public sealed record ExactTarget(Intent Intent, Moment? Moment = null);
