using ServiceBot.Content.Sources;

namespace ServiceBot.Content;

/// <summary>A store that reads a folder directly reloads it when it changes (no database: tests, tools).</summary>
public sealed class FolderReload(ContentStore store) : IWatchedContentFolder
{
    public string Folder { get; } = (store.Source as FolderContentSource)?.Folder
        ?? throw new ArgumentException("The store does not read a folder.", nameof(store));

    public Task ChangedAsync(CancellationToken cancellationToken) => store.ReloadAsync(cancellationToken);
}
