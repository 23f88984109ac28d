namespace ServiceBot.TeamsApp;

/// <summary>The installation's values that fill the manifest placeholders, already validated.</summary>
public sealed record ManifestValues(Guid TeamsAppId, Guid BotId, string Domain);
