namespace ServiceBot.Content.Model;

/// <summary>A menu command: its label (a text key) and the words an agent may type to call it.</summary>
public sealed record BotCommand(string Id, string LabelKey, LocalizedKeywords Keywords);
