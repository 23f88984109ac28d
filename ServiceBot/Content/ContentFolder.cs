namespace ServiceBot.Content;

/// <summary>The content folder this host was configured with (the factory default, and the folder it may watch).</summary>
public sealed record ContentFolder(string Path);
