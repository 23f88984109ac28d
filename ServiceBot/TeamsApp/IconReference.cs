namespace ServiceBot.TeamsApp;

/// <summary>An icon file named by the manifest and the square size Teams requires for it.</summary>
public sealed record IconReference(string FileName, int Size);
