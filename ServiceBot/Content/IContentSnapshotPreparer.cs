using ServiceBot.Content.Model;

namespace ServiceBot.Content;

/// <summary>
/// Work that must be done on every new content snapshot before it goes live (training the intent classifier), run
/// by the loader off the request path. A preparer that throws rejects the snapshot like an invalid edit.
/// </summary>
public interface IContentSnapshotPreparer
{
    /// <summary>What is being prepared, for the error shown when it fails.</summary>
    string Name { get; }

    void Prepare(ContentSnapshot snapshot);
}
