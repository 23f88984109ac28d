using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

/// <summary>Either a valid snapshot or the complete list of errors; never both.</summary>
public sealed record ContentLoadResult(ContentSnapshot? Snapshot, IReadOnlyList<ContentError> Errors)
{
    public bool IsValid => Snapshot is not null;
}
