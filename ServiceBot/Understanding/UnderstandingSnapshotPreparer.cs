using ServiceBot.Content;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>Trains the snapshot's intent classifier while the snapshot is loaded, so no request ever waits for it.</summary>
public sealed class UnderstandingSnapshotPreparer : IContentSnapshotPreparer
{
    public string Name => "training the intent classifier on dialogs/understanding/";

    public void Prepare(ContentSnapshot snapshot) => UnderstandingModels.Prepare(snapshot);
}
