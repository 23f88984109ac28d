namespace ServiceBot.TeamsApp;

/// <summary>The written package's path, or the reasons it was not written.</summary>
public sealed record PackageResult(string? PackagePath, IReadOnlyList<string> Errors)
{
    public bool Succeeded => PackagePath is not null && Errors.Count == 0;

    public static PackageResult Failed(IReadOnlyList<string> errors) => new(null, errors);
}
