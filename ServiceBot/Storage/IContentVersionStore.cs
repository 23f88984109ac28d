namespace ServiceBot.Storage;

/// <summary>The versions of the dialog content, as an append-only audit trail.</summary>
public interface IContentVersionStore
{
    /// <summary>
    /// Appends a version unless <paramref name="hash"/> is already the current one (a restart reloading the same
    /// content records nothing); returns the current version.
    /// </summary>
    Task<ContentVersion> RecordAsync(string hash, string author, string summary, CancellationToken cancellationToken = default);

    /// <summary>The latest version, or null before the first.</summary>
    Task<ContentVersion?> GetCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>The audit trail, newest first.</summary>
    Task<IReadOnlyList<ContentVersion>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
