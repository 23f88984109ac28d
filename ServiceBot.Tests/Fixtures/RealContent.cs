using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Content;

namespace ServiceBot.Tests.Fixtures;

/// <summary>The repository's dialogs/ content, loaded once through the real loader.</summary>
public static class RealContent
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() =>
        new ContentLoader(TimeProvider.System).LoadAsync(ContentFolders.RealDialogs).GetAwaiter().GetResult().Snapshot
        ?? throw new InvalidOperationException("the real dialogs/ content does not validate"));

    public static ContentSnapshot Current => Snapshot.Value;
}
