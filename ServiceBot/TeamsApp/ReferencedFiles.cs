namespace ServiceBot.TeamsApp;

/// <summary>The files a manifest names: icons (PNG) and localization files (JSON).</summary>
public sealed record ReferencedFiles(IReadOnlyList<IconReference> Icons, IReadOnlyList<string> LocalizationFiles);
