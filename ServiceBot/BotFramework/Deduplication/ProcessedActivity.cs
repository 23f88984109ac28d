using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Deduplication;

/// <summary>An activity whose turn has run, and the answer its first delivery got (null for anything but an invoke).</summary>
public sealed record ProcessedActivity(ProcessedActivityKey Key, InvokeResponse? Response);
